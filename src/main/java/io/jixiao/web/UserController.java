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

/**
 * 用户管理: the 系统管理员 creates, disables and enables business users and resets their
 * passwords; the 安全管理员 changes their roles, unlocks accounts and sets the password policy.
 * {@link UserAdmin} decides who may do what.
 */
@Controller
class UserController {

  private final Users users;
  private final UserAdmin admin;
  private final Passwords passwords;

  UserController(Users users, UserAdmin admin, Passwords passwords) {
    this.users = users;
    this.admin = admin;
    this.passwords = passwords;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    fill(model);
    return "users";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String displayName,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String department,
      @AuthenticationPrincipal Account actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      admin.create(new UserAdmin.NewUser(username, password, displayName, role, department), actor);
      redirect.addFlashAttribute("message", "已创建用户 " + username + "（首次登录须修改密码）");
      return "redirect:/admin/users";
    } catch (WebException e) {
      showInvalid(e, model, response);
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

  @PostMapping("/admin/users/{id}/role")
  String role(
      @PathVariable long id,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String department,
      @AuthenticationPrincipal Account actor,
      RedirectAttributes redirect) {
    return outcome(() -> admin.changeRole(id, role, department, actor), "已修改角色", redirect);
  }

  @PostMapping("/admin/users/{id}/password")
  String password(
      @PathVariable long id,
      @RequestParam(required = false) String password,
      @AuthenticationPrincipal Account actor,
      RedirectAttributes redirect) {
    return outcome(() -> admin.resetPassword(id, password, actor),
        "已重置密码（该用户下次登录须修改密码）", redirect);
  }

  @PostMapping("/admin/policy")
  String policy(
      @RequestParam(required = false) String expiryDays,
      @AuthenticationPrincipal Account actor,
      RedirectAttributes redirect) {
    return outcome(() -> passwords.setExpiryDays(expiryDays, actor), "已修改密码策略", redirect);
  }

  /**
   * Puts invalid input ({@code e}, 400) on the page to be shown again with status 400; any other
   * refusal is thrown on to {@link ErrorHandling}.
   */
  static void showInvalid(WebException e, Model model, HttpServletResponse response) {
    if (e.status() != 400) {
      throw e;
    }
    response.setStatus(400);
    model.addAttribute("error", e.getMessage());
    model.addAttribute("problems", e.problems());
  }

  /** Runs {@code change}; invalid input comes back as the page's error message. */
  private static String outcome(Runnable change, String done, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("message", done);
    } catch (WebException e) {
      if (e.status() != 400) {
        throw e;
      }
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/users";
  }

  private void fill(Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("roles", UserAdmin.BUSINESS_ROLES);
    model.addAttribute("expiryDays", passwords.expiryDays());
    model.addAttribute("rules", AccountController.rules(passwords.expiryDays()));
  }
}
