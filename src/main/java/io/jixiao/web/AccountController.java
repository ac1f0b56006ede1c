package io.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every user changes the own password (also when told to by the forced change). */
@Controller
class AccountController {

  private final Passwords passwords;
  private final Users users;

  AccountController(Passwords passwords, Users users) {
    this.passwords = passwords;
    this.users = users;
  }

  @GetMapping("/account/password")
  String form(@AuthenticationPrincipal Account me, Model model) {
    fill(me, model);
    return "password";
  }

  @PostMapping("/account/password")
  String change(
      @RequestParam(required = false) String currentPassword,
      @RequestParam(required = false) String newPassword,
      @RequestParam(required = false) String repeatPassword,
      @AuthenticationPrincipal Account me,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      passwords.changeOwn(me, currentPassword, newPassword,
          repeatPassword == null ? newPassword : repeatPassword);
    } catch (WebException e) {
      UserController.showInvalid(e, model, response);
      fill(me, model);
      return "password";
    }
    Account fresh = users.find(me.getUsername()).orElseThrow();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    SecurityContextHolder.setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    redirect.addFlashAttribute("message", "密码已修改");
    return "redirect:/";
  }

  private void fill(Account me, Model model) {
    boolean required = passwords.changeRequired(me);
    model.addAttribute("required", required);
    model.addAttribute("reason", me.mustChangePassword()
        ? "您的密码由管理员设置，请先修改密码再继续使用"
        : "您的密码已超过 " + passwords.expiryDays() + " 天未修改，请先修改密码再继续使用");
    model.addAttribute("rules", rules(passwords.expiryDays()));
  }

  /** The password policy in one sentence, for the password pages. */
  static String rules(int expiryDays) {
    return "密码至少 " + PasswordPolicy.MIN_LENGTH + " 位、不超过 " + PasswordPolicy.MAX_BYTES
        + " 个字节，包含大写字母、小写字母、数字、符号中的至少三类，不包含用户名，不是常见密码，不与最近 "
        + PasswordPolicy.HISTORY + " 次的密码相同"
        + (expiryDays > 0 ? "；有效期 " + expiryDays + " 天" : "；不过期");
  }
}
