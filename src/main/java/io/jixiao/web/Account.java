package io.jixiao.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as Spring Security sees it: the role, and the department for a {@link Role#DEPT_EDITOR}.
 * Locked while {@code lockedUntil} is in the future. {@code mustChangePassword} when an
 * administrator set the password; {@code passwordChangedAt} for the expiry.
 */
final class Account implements UserDetails {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private final String passwordHash;
  private final String displayName;
  private final Role role;
  private final String department;
  private final boolean enabled;
  private final Instant lockedUntil;
  private final Instant passwordChangedAt;
  private final boolean mustChangePassword;

  Account(
      long id,
      String username,
      String passwordHash,
      String displayName,
      Role role,
      String department,
      boolean enabled,
      Instant lockedUntil,
      Instant passwordChangedAt,
      boolean mustChangePassword) {
    this.id = id;
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.role = Objects.requireNonNull(role, "role");
    this.department = department;
    this.enabled = enabled;
    this.lockedUntil = lockedUntil;
    this.passwordChangedAt = passwordChangedAt;
    this.mustChangePassword = mustChangePassword;
  }

  /** An account for tests and the demo, never locked. */
  static Account of(String username, Role role, String department) {
    return new Account(0, username, "", username, role, department, true, null, null, false);
  }

  long id() {
    return id;
  }

  /** For templates. */
  public long getId() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  /** Used by templates. */
  public String getDisplayName() {
    return displayName;
  }

  Role role() {
    return role;
  }

  /** The role's Chinese label, for templates. */
  public String getRoleLabel() {
    return role.label();
  }

  /** For templates: one of the three administrators, whose account no administrator changes. */
  public boolean isAdministrator() {
    return role.administrator();
  }

  /** For templates: the role's code. */
  public String getRoleName() {
    return role.name();
  }

  /** For templates: the password was set by an administrator and is still to be changed. */
  public boolean isPasswordToChange() {
    return mustChangePassword;
  }

  String department() {
    return department;
  }

  /** For templates. */
  public String getDepartment() {
    return department;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  boolean is(Role r) {
    return role == r;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Account && ((Account) o).username.equals(username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }

  @Override
  public String toString() {
    return username + " (" + role + (department == null ? "" : ", " + department) + ")";
  }
}
