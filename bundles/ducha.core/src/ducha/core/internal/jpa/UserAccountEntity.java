package ducha.core.internal.jpa;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;

/**
 * Row of {@code user_account} with its roles ({@code user_role}) and department scope ({@code user_department}).
 * The password hash stays inside the bundle: {@link #toRecord()} leaves it out.
 */
@Entity
@Table(name = "user_account")
public class UserAccountEntity {

	@Id
	@Column(name = "username")
	private String username;

	/** Optimistic lock: two desktops saving the same record cannot both win (core migration V10). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "staff_no")
	private String staffNo;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "all_departments")
	private boolean allDepartments;

	@Column(name = "enabled")
	private boolean enabled;

	@Column(name = "last_login")
	private Instant lastLogin;

	/** A demo account: its password is the published demo password until someone changes it. */
	@Column(name = "demo")
	private boolean demo;

	/** Wrong passwords in a row since the last good log-in or lock. */
	@Column(name = "failed_logins")
	private int failedLogins;

	/** No log-in before this instant, null when not locked. */
	@Column(name = "locked_until")
	private Instant lockedUntil;

	/** The password was set by an administrator: its owner must choose a new one before working. */
	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_department", joinColumns = @JoinColumn(name = "username"))
	@Column(name = "department_code")
	private Set<String> departments = new HashSet<>();

	protected UserAccountEntity() {
	}

	public UserAccountEntity(UserAccount account, String passwordHash) {
		this.username = account.username();
		this.passwordHash = passwordHash;
		update(account);
	}

	/** Copies everything but the name and the password. */
	public void update(UserAccount account) {
		displayName = account.displayName();
		staffNo = account.staffNo();
		enabled = account.enabled();
		allDepartments = account.scope().all();
		roles.clear();
		roles.addAll(account.roles());
		departments.clear();
		if (!allDepartments) {
			departments.addAll(account.scope().departmentCodes());
		}
	}

	public UserAccount toRecord() {
		DepartmentScope scope = allDepartments ? DepartmentScope.ALL : DepartmentScope.of(Set.copyOf(departments));
		return new UserAccount(username, displayName, staffNo, Set.copyOf(roles), scope, enabled);
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isDemo() {
		return demo;
	}

	public void setDemo(boolean demo) {
		this.demo = demo;
	}

	public Instant getLastLogin() {
		return lastLogin;
	}

	public void setLastLogin(Instant lastLogin) {
		this.lastLogin = lastLogin;
	}

	public int getFailedLogins() {
		return failedLogins;
	}

	public void setFailedLogins(int failedLogins) {
		this.failedLogins = failedLogins;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public void setLockedUntil(Instant lockedUntil) {
		this.lockedUntil = lockedUntil;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public void setMustChangePassword(boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
	}

	public long version() {
		return version;
	}
}
