package io.jixiao.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 (administrators). */
@Controller
class UserController {

  private final Users users;
  private final UserAdmin admin;

  UserController(Users users, UserAdmin admin) {
    this.users = users;
    this.admin = admin;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    fill(model);
    return "users";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam(required = false) String displayName,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String department,
      @AuthenticationPrincipal Account actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      admin.create(new UserAdmin.NewUser(username, password, displayName, role, department), actor);
      redirect.addFlashAttribute("message", "已创建用户 " + username);
      return "redirect:/admin/users";
    } catch (WebException e) {
      if (e.status() != 400) {
        throw e;
      }
      response.setStatus(400);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("problems", e.problems());
      fill(model);
      return "users";
    }
  }

  @PostMapping("/admin/users/{id}/{action:unlock|enable|disable}")
  String change(
      @PathVariable long id,
      @PathVariable String action,
      @AuthenticationPrincipal Account actor,
      RedirectAttributes redirect) {
    switch (action) {
      case "unlock":
        admin.unlock(id, actor);
        redirect.addFlashAttribute("message", "已解锁");
        break;
      case "enable":
        admin.setEnabled(id, true, actor);
        redirect.addFlashAttribute("message", "已启用");
        break;
      default:
        admin.setEnabled(id, false, actor);
        redirect.addFlashAttribute("message", "已停用");
    }
    return "redirect:/admin/users";
  }

  private void fill(Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("roles", Role.values());
  }
}
