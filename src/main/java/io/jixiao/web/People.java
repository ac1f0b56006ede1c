package io.jixiao.web;

import org.springframework.stereotype.Component;

/**
 * How histories name people ({@code ${@people.name(e.actor())}}): the 姓名 a colleague knows
 * (display_name) rather than the login name, which stays on hover. An actor that is no user (the
 * system, a removed account, a CLI run) is shown as recorded.
 */
@Component("people")
class People {

  private final Users users;

  People(Users users) {
    this.users = users;
  }

  /** The 姓名 of a login name, or the login name when there is none. */
  public String name(String username) {
    if (username == null || username.isBlank()) {
      return "";
    }
    return users.displayName(username).orElse(username);
  }
}
