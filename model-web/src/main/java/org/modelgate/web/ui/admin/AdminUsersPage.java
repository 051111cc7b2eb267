package org.modelgate.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.administration.AdministrationService;
import org.modelgate.api.administration.ChangeUserRequest;
import org.modelgate.api.administration.CreateUserRequest;
import org.modelgate.api.administration.PasswordResetRequest;
import org.modelgate.api.administration.UnitOverviewResponse;
import org.modelgate.api.administration.UserCredentialResponse;
import org.modelgate.api.administration.UserResponse;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.security.Role;
import org.modelgate.web.ui.Feedback;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * User accounts: a searchable, paged list; a dialog to create an account or change one (name, unit,
 * roles, expiry); disabling, enabling and password resets. A password the system generates is shown
 * once in a dialog, never again.
 */
@Named
@ViewScoped
public class AdminUsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Expiry dates are days in the procuratorate's time zone; an account expires at their end. */
  private static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

  @Inject AdministrationService administration;

  private String query;
  private List<UnitOverviewResponse> units;
  private final LazyDataModel<UserResponse> users = new Users();

  /** The account in the dialog: null id while creating one. */
  private Long editingId;

  private String username;
  private String displayName;
  private Long unitId;
  private List<String> roles = new ArrayList<>();
  private String password;
  private LocalDate expiresOn;
  private String email;

  /** The password just generated, with its account, to show once. */
  private UserCredentialResponse credential;

  /** Loads the units; a caller who is no administrator gets the access-denied page here. */
  public void load() {
    units = Feedback.load(administration::units).orElse(List.of());
  }

  /** The list, paged by the service. */
  private final class Users extends LazyDataModel<UserResponse> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) administration.users(query, 0, 1).total();
    }

    @Override
    public List<UserResponse> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return administration.users(query, first / pageSize, pageSize).items();
    }

    @Override
    public String getRowKey(UserResponse user) {
      return String.valueOf(user.id());
    }
  }

  public void startCreate() {
    editingId = null;
    username = null;
    displayName = null;
    unitId = null;
    roles = new ArrayList<>();
    password = null;
    expiresOn = null;
    email = null;
  }

  public void startEdit(UserResponse user) {
    editingId = user.id();
    username = user.username();
    displayName = user.displayName();
    unitId = user.unitId();
    roles = new ArrayList<>(user.roles().stream().map(Role::name).toList());
    password = null;
    expiresOn =
        user.expiresAt() == null
            ? null
            : user.expiresAt().atZone(OFFICE_ZONE).toLocalDate().minusDays(1);
    email = user.email();
  }

  public void save() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    roles.forEach(role -> chosen.add(Role.valueOf(role)));
    if (editingId == null) {
      Feedback.call(
              () ->
                  administration.createUser(
                      new CreateUserRequest(
                          username, displayName, unitId, chosen, password, expiresOn, email)),
              "admin.users.created",
              username)
          .filter(created -> created.generatedPassword() != null)
          .ifPresent(this::showOnce);
    } else {
      Feedback.run(
          () ->
              administration.changeUser(
                  editingId, new ChangeUserRequest(displayName, unitId, chosen, expiresOn, email)),
          "admin.users.changed",
          username);
    }
  }

  public void disable(UserResponse user) {
    Feedback.run(
        () -> administration.disableUser(user.id()), "admin.users.disabled", user.username());
  }

  public void enable(UserResponse user) {
    Feedback.run(
        () -> administration.enableUser(user.id()), "admin.users.enabled", user.username());
  }

  /** Asks the user to change the password at the next sign-in. */
  public void requirePasswordChange(UserResponse user) {
    Feedback.run(
        () -> administration.requirePasswordChange(user.id()),
        "admin.users.passwordChangeRequired",
        user.username());
  }

  /** Generates a new password and shows it once. */
  public void resetPassword(UserResponse user) {
    Feedback.call(
            () -> administration.resetPassword(user.id(), new PasswordResetRequest(null)),
            "admin.users.passwordReset",
            user.username())
        .ifPresent(this::showOnce);
  }

  private void showOnce(UserCredentialResponse generated) {
    credential = generated;
    PrimeFaces.current().executeScript("PF('credentialDialog').show()");
  }

  public void forgetCredential() {
    credential = null;
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public List<String> getAllRoles() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }

  public LazyDataModel<UserResponse> getUsers() {
    return users;
  }

  public List<UnitOverviewResponse> getUnits() {
    return units;
  }

  public UserCredentialResponse getCredential() {
    return credential;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
