package ducha.core.internal.security;

import ducha.core.jpa.Jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.internal.audit.AuditWriter;
import ducha.core.internal.jpa.UserAccountEntity;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/** Accounts on {@code user_account}; every log-in attempt and every change is audited. */
@Component
public class DefaultUserService implements UserService {

	static final int MIN_PASSWORD_LENGTH = 8;
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");
	private static final String TYPE = "user";

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuditWriter audit;

	@Reference
	private AuthorizationService authorization;

	private final PasswordHasher hasher = new PasswordHasher();

	@Override
	public Optional<Principal> authenticate(String username, char[] password) {
		String name = username == null ? "" : username.strip();
		return Jpa.write(emf, em -> {
			UserAccountEntity entity = name.isEmpty() ? null : em.find(UserAccountEntity.class, name);
			if (entity == null) {
				hasher.burn(password);
				audit.write(em, name.isEmpty() ? "?" : name, "user.login.failed", TYPE, name, "未知用户");
				return Optional.<Principal>empty();
			}
			boolean match = password != null && hasher.matches(password, entity.getPasswordHash());
			UserAccount account = entity.toRecord();
			if (!match || !account.enabled()) {
				audit.write(em, name, "user.login.failed", TYPE, name, match ? "账号已停用" : "密码错误");
				return Optional.<Principal>empty();
			}
			entity.setLastLogin(Instant.now());
			audit.write(em, name, "user.login", TYPE, name, null);
			return Optional.of(account.toPrincipal());
		});
	}

	@Override
	public List<UserAccount> users() {
		return Jpa.read(emf, em -> {
			List<UserAccount> result = new ArrayList<>();
			em.createQuery("select u from UserAccountEntity u order by u.username", UserAccountEntity.class)
					.getResultList().forEach(u -> result.add(u.toRecord()));
			return result;
		});
	}

	@Override
	public Optional<UserAccount> user(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return Jpa.read(emf,
				em -> Optional.ofNullable(em.find(UserAccountEntity.class, username)).map(UserAccountEntity::toRecord));
	}

	@Override
	public void addUser(UserAccount account, char[] password, Principal actor) {
		authorization.check(actor, CorePermissions.USERS_ADMIN);
		List<String> problems = validate(account);
		checkPassword(password, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		String hash = hasher.hash(password);
		Jpa.run(emf, em -> {
			if (em.find(UserAccountEntity.class, account.username()) != null) {
				throw new ValidationException("用户名 " + account.username() + " 已存在");
			}
			em.persist(new UserAccountEntity(account, hash));
			audit.write(em, actor, "user.add", TYPE, account.username(), describe(account));
		});
	}

	@Override
	public void updateUser(UserAccount account, Principal actor) {
		authorization.check(actor, CorePermissions.USERS_ADMIN);
		List<String> problems = validate(account);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		Jpa.run(emf, em -> {
			UserAccountEntity entity = find(em, account.username());
			UserAccount before = entity.toRecord();
			requireAnotherAdmin(em, before, account);
			entity.update(account);
			audit.write(em, actor, "user.update", TYPE, account.username(),
					describe(before) + " → " + describe(account));
		});
	}

	@Override
	public void changePassword(String username, char[] newPassword, Principal actor) {
		if (actor == null || !actor.username().equals(username)) {
			authorization.check(actor, CorePermissions.USERS_ADMIN);
		}
		List<String> problems = new ArrayList<>();
		checkPassword(newPassword, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		String hash = hasher.hash(newPassword);
		Jpa.run(emf, em -> {
			UserAccountEntity entity = find(em, username);
			entity.setPasswordHash(hash);
			// the published demo password is gone: the account is no longer a risk
			entity.setDemo(false);
			audit.write(em, actor, "user.password", TYPE, username, null);
		});
	}

	@Override
	public boolean hasAccounts() {
		return Jpa.read(emf, DefaultUserService::accountCount) > 0;
	}

	@Override
	public Principal createFirstAdministrator(String username, String displayName, char[] password) {
		String name = username == null ? "" : username.strip();
		String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
		UserAccount account = new UserAccount(name, shown, null, Set.of(Role.ADMIN), DepartmentScope.ALL, true);
		List<String> problems = validate(account);
		checkPassword(password, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		String hash = hasher.hash(password);
		Jpa.run(emf, em -> {
			// checked inside the transaction: two set-ups racing must not both create an administrator
			if (accountCount(em) > 0) {
				throw new ValidationException("已有账号：首次设置只能在没有任何账号的数据库中进行，请用管理员账号登录后创建账号");
			}
			em.persist(new UserAccountEntity(account, hash));
			audit.write(em, name, "user.setup", TYPE, name, describe(account));
		});
		return account.toPrincipal();
	}

	@Override
	public void setEnabled(String username, boolean enabled, Principal actor) {
		authorization.check(actor, CorePermissions.USERS_ADMIN);
		Jpa.run(emf, em -> {
			UserAccountEntity entity = find(em, username);
			UserAccount before = entity.toRecord();
			UserAccount after = new UserAccount(before.username(), before.displayName(), before.staffNo(),
					before.roles(), before.scope(), enabled);
			requireAnotherAdmin(em, before, after);
			entity.update(after);
			audit.write(em, actor, enabled ? "user.enable" : "user.disable", TYPE, username, describe(after));
		});
	}

	@Override
	public void removeUser(String username, Principal actor) {
		authorization.check(actor, CorePermissions.USERS_ADMIN);
		if (actor.username().equals(username)) {
			throw new ValidationException("不能删除自己正在使用的账号 " + username);
		}
		Jpa.run(emf, em -> {
			UserAccountEntity entity = find(em, username);
			UserAccount before = entity.toRecord();
			requireAnotherAdmin(em, before, null);
			em.remove(entity);
			audit.write(em, actor, "user.remove", TYPE, username, describe(before));
		});
	}

	@Override
	public List<String> demoAccounts() {
		return Jpa.read(emf, em -> em.createQuery(
				"select u.username from UserAccountEntity u where u.demo = true and u.enabled = true order by u.username",
				String.class).getResultList());
	}

	/** Locking or removing (after == null) the last enabled administrator would leave nobody to manage accounts. */
	private static void requireAnotherAdmin(EntityManager em, UserAccount before, UserAccount after) {
		if (isActiveAdmin(before) && (after == null || !isActiveAdmin(after)) && activeAdmins(em) <= 1) {
			throw new ValidationException("不能停用、降级或删除最后一个系统管理员账号 " + before.username());
		}
	}

	private static long accountCount(EntityManager em) {
		return em.createQuery("select count(u) from UserAccountEntity u", Long.class).getSingleResult();
	}

	private static UserAccountEntity find(EntityManager em, String username) {
		UserAccountEntity entity = username == null ? null : em.find(UserAccountEntity.class, username);
		if (entity == null) {
			throw new NotFoundException("没有用户 " + username);
		}
		return entity;
	}

	private static List<String> validate(UserAccount account) {
		List<String> problems = new ArrayList<>();
		if (!USERNAME.matcher(account.username()).matches()) {
			problems.add("用户名 '" + account.username() + "' 无效：只能由 2 到 50 个字母、数字、点、下划线或连字符组成");
		}
		if (account.roles().isEmpty()) {
			problems.add("用户 " + account.username() + " 至少需要一个角色");
		}
		if (!account.scope().all() && account.scope().departmentCodes().isEmpty()) {
			problems.add("用户 " + account.username() + " 的部门范围为空：请选择全部部门或至少一个部门");
		}
		return problems;
	}

	private static void checkPassword(char[] password, List<String> problems) {
		if (password == null || password.length < MIN_PASSWORD_LENGTH) {
			problems.add("密码至少需要 " + MIN_PASSWORD_LENGTH + " 个字符");
		}
	}

	private static boolean isActiveAdmin(UserAccount account) {
		return account.enabled() && account.roles().contains(Role.ADMIN);
	}

	private static long activeAdmins(EntityManager em) {
		return em.createQuery("select u from UserAccountEntity u where u.enabled = true", UserAccountEntity.class)
				.getResultList().stream().filter(u -> isActiveAdmin(u.toRecord())).count();
	}

	private static String describe(UserAccount account) {
		StringBuilder s = new StringBuilder("角色 ");
		s.append(String.join("、", account.roles().stream().map(Role::label).sorted().toList()));
		s.append("；范围 ").append(account.scope().all() ? "全部部门"
				: String.join("、", account.scope().departmentCodes().stream().sorted().toList()));
		if (!account.enabled()) {
			s.append("；已停用");
		}
		return s.toString();
	}
}
