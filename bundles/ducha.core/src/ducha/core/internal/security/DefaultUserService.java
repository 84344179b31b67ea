package ducha.core.internal.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.internal.CoreUnit;
import ducha.core.internal.jpa.UserAccountEntity;
import ducha.core.internal.keys.AccountKeys;
import ducha.core.internal.keys.SessionKeys;
import ducha.core.internal.keys.SessionKeys.Unlocked;
import ducha.core.internal.security.PasswordHasher.Hashed;
import ducha.core.security.CorePermissions;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/**
 * Accounts on {@code user_account}; every log-in attempt and every change is audited. Each account has a key pair
 * (envelope encryption, {@link AccountKeys}) whose private key is sealed under the key-encryption key of the
 * password's hash: a good log-in unlocks it into this process's {@link SessionKeys}.
 */
@Component
public class DefaultUserService implements UserService {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");
	private static final String TYPE = "user";

	@Reference
	private CoreUnit unit;

	@Reference
	private SessionKeys sessions;

	private final PasswordHasher hasher = new PasswordHasher();
	private final Lockout lockout = new Lockout();

	@Override
	public Optional<Principal> authenticate(String username, char[] password) {
		String name = username == null ? "" : username.strip();
		return unit.write(em -> {
			UserAccountEntity entity = name.isEmpty() ? null : em.find(UserAccountEntity.class, name);
			if (entity == null) {
				hasher.burn(password);
				unit.audit().write(em, name.isEmpty() ? "?" : name, "user.login.failed", TYPE, name, "未知用户");
				return Optional.<Principal>empty();
			}
			Instant now = Instant.now();
			if (lockout.isLocked(entity, now)) {
				// even the right password is refused while locked, and costs the same time as a check
				hasher.burn(password);
				unit.audit().write(em, name, "user.login.failed", TYPE, name, "账号已锁定");
				return Optional.<Principal>empty();
			}
			Optional<byte[]> kek = password == null ? Optional.empty()
					: hasher.unlock(password, entity.getPasswordHash());
			if (kek.isEmpty()) {
				boolean locked = lockout.failed(entity, now);
				unit.audit().write(em, name, "user.login.failed", TYPE, name, "密码错误");
				if (locked) {
					unit.audit().write(em, name, "user.locked", TYPE, name, lockout.describe());
				}
				return Optional.<Principal>empty();
			}
			UserAccount account = entity.toRecord();
			if (!account.enabled()) {
				unit.audit().write(em, name, "user.login.failed", TYPE, name, "账号已停用");
				return Optional.<Principal>empty();
			}
			lockout.succeeded(entity);
			sessions.put(name, unlockKeys(em, entity, name, password, kek.get()));
			entity.setLastLogin(now);
			unit.audit().write(em, name, "user.login", TYPE, name, null);
			return Optional.of(account.toPrincipal());
		});
	}

	@Override
	public void logOut(Principal principal) {
		String name = Objects.requireNonNull(principal, "principal").username();
		sessions.forget(name);
		unit.run(em -> unit.audit().write(em, name, "user.logout", TYPE, name, null));
	}

	/**
	 * The account's private key for this session: opened with the log-in's key-encryption key; sealed anew when the
	 * hash is replaced by one of today's format and work factor (the one extra PBKDF2 run of such a log-in); made when
	 * the account has none yet (its first log-in since keys came).
	 */
	private Unlocked unlockKeys(EntityManager em, UserAccountEntity entity, String name, char[] password,
			byte[] kek) {
		Optional<Unlocked> key = AccountKeys.unlock(em, name, kek);
		byte[] current = kek;
		if (hasher.needsRehash(entity.getPasswordHash())) {
			Hashed hashed = hasher.hash(password);
			entity.setPasswordHash(hashed.stored());
			current = hashed.kek();
			key.ifPresent(k -> AccountKeys.reseal(em, name, k, hashed.kek()));
		}
		if (key.isPresent()) {
			return key.get();
		}
		unit.audit().write(em, name, "user.keys", TYPE, name, "新建密钥对");
		return AccountKeys.create(em, name, current);
	}

	@Override
	public boolean passwordChangeRequired(String username) {
		return unit.read(em -> {
			UserAccountEntity entity = username == null ? null : em.find(UserAccountEntity.class, username);
			return entity != null && entity.isMustChangePassword();
		});
	}

	@Override
	public List<UserAccount> users() {
		return unit.read(em -> {
			List<UserAccount> result = new ArrayList<>();
			em.createQuery("select u from UserAccountEntity u order by u.username", UserAccountEntity.class)
					.getResultList().forEach(u -> result.add(u.toRecord()));
			return result;
		});
	}

	@Override
	public Optional<UserAccount> user(String username) {
		return unit.find(UserAccountEntity.class, username, UserAccountEntity::toRecord);
	}

	@Override
	public void addUser(UserAccount account, char[] password, Principal actor) {
		unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		Hashed hash = hashOfValid(account, password);
		unit.run(em -> {
			if (em.find(UserAccountEntity.class, account.username()) != null) {
				throw new ValidationException(Language.format(Messages.User_exists, account.username()));
			}
			UserAccountEntity entity = new UserAccountEntity(account, hash.stored());
			// the administrator knows this password: its owner chooses their own at the first log-in
			entity.setMustChangePassword(true);
			em.persist(entity);
			AccountKeys.create(em, account.username(), hash.kek());
			unit.audit().write(em, actor, "user.add", TYPE, account.username(), describe(account));
		});
	}

	@Override
	public void updateUser(UserAccount account, Principal actor) {
		unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		List<String> problems = validate(account);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		unit.run(em -> {
			UserAccountEntity entity = find(em, account.username());
			UserAccount before = entity.toRecord();
			requireAnotherAdmin(em, before, account);
			entity.update(account);
			unit.audit().write(em, actor, "user.update", TYPE, account.username(),
					describe(before) + " → " + describe(account));
		});
	}

	@Override
	public void changePassword(String username, char[] newPassword, Principal actor) {
		if (actor == null || !actor.username().equals(username)) {
			unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		}
		Hashed hash = hashOfValid(username, new ArrayList<>(), newPassword);
		boolean ownPassword = actor != null && actor.username().equals(username);
		// only the owner's session holds the private key: an administrator's reset cannot keep it
		Optional<Unlocked> own = ownPassword ? sessions.get(username) : Optional.empty();
		Unlocked key = unit.write(em -> {
			UserAccountEntity entity = find(em, username);
			entity.setPasswordHash(hash.stored());
			// a password an administrator set is known to two people until its owner replaces it
			entity.setMustChangePassword(!ownPassword);
			// the published demo password is gone: the account is no longer a risk
			entity.setDemo(false);
			unit.audit().write(em, actor, "user.password", TYPE, username, null);
			if (own.isPresent()) {
				AccountKeys.reseal(em, username, own.get(), hash.kek());
				return own.get();
			}
			// the old private key cannot be opened without the old password: grants for it must be made again
			unit.audit().write(em, actor, "user.keys", TYPE, username, "重置密码，新建密钥对");
			return AccountKeys.create(em, username, hash.kek());
		});
		if (ownPassword) {
			sessions.put(username, key);
		} else {
			sessions.forget(username);
		}
	}

	@Override
	public boolean hasAccounts() {
		return unit.read(DefaultUserService::accountCount) > 0;
	}

	@Override
	public Principal createFirstAdministrator(String username, String displayName, char[] password) {
		String name = username == null ? "" : username.strip();
		String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
		UserAccount account = new UserAccount(name, shown, null, Set.of(Role.ADMIN), DepartmentScope.ALL, true);
		Hashed hash = hashOfValid(account, password);
		Unlocked key = unit.write(em -> {
			// checked inside the transaction: two set-ups racing must not both create an administrator
			if (accountCount(em) > 0) {
				throw new ValidationException(Messages.User_notFirst);
			}
			em.persist(new UserAccountEntity(account, hash.stored()));
			unit.audit().write(em, name, "user.setup", TYPE, name, describe(account));
			return AccountKeys.create(em, name, hash.kek());
		});
		sessions.put(name, key);
		return account.toPrincipal();
	}

	@Override
	public void setEnabled(String username, boolean enabled, Principal actor) {
		unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		unit.run(em -> {
			UserAccountEntity entity = find(em, username);
			UserAccount before = entity.toRecord();
			UserAccount after = new UserAccount(before.username(), before.displayName(), before.staffNo(),
					before.roles(), before.scope(), enabled);
			requireAnotherAdmin(em, before, after);
			entity.update(after);
			if (enabled) {
				// enabling is also how an administrator lifts a lock-out before it ends
				lockout.succeeded(entity);
			}
			unit.audit().write(em, actor, enabled ? "user.enable" : "user.disable", TYPE, username, describe(after));
		});
	}

	@Override
	public void removeUser(String username, Principal actor) {
		unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		if (actor.username().equals(username)) {
			throw new ValidationException(Language.format(Messages.User_removeSelf, username));
		}
		unit.run(em -> {
			UserAccountEntity entity = find(em, username);
			UserAccount before = entity.toRecord();
			requireAnotherAdmin(em, before, null);
			AccountKeys.remove(em, username);
			em.remove(entity);
			unit.audit().write(em, actor, "user.remove", TYPE, username, describe(before));
		});
		sessions.forget(username);
	}

	@Override
	public List<String> demoAccounts() {
		return unit.read(em -> em.createQuery(
				"select u.username from UserAccountEntity u where u.demo = true and u.enabled = true order by u.username",
				String.class).getResultList());
	}

	/** Locking or removing (after == null) the last enabled administrator would leave nobody to manage accounts. */
	private static void requireAnotherAdmin(EntityManager em, UserAccount before, UserAccount after) {
		if (isActiveAdmin(before) && (after == null || !isActiveAdmin(after)) && activeAdmins(em) <= 1) {
			throw new ValidationException(Language.format(Messages.User_lastAdmin, before.username()));
		}
	}

	private static long accountCount(EntityManager em) {
		return em.createQuery("select count(u) from UserAccountEntity u", Long.class).getSingleResult();
	}

	private static UserAccountEntity find(EntityManager em, String username) {
		UserAccountEntity entity = username == null ? null : em.find(UserAccountEntity.class, username);
		if (entity == null) {
			throw new NotFoundException(Language.format(Messages.User_notFound, username));
		}
		return entity;
	}

	private static List<String> validate(UserAccount account) {
		List<String> problems = new ArrayList<>();
		if (!USERNAME.matcher(account.username()).matches()) {
			problems.add(Language.format(Messages.User_badName, account.username()));
		}
		if (account.roles().isEmpty()) {
			problems.add(Language.format(Messages.User_noRole, account.username()));
		}
		if (!account.scope().all() && account.scope().departmentCodes().isEmpty()) {
			problems.add(Language.format(Messages.User_noScope, account.username()));
		}
		return problems;
	}

	/** The password's hash, once the account and the password have no problem. */
	private Hashed hashOfValid(UserAccount account, char[] password) {
		return hashOfValid(account.username(), validate(account), password);
	}

	/** The password's hash, when it adds no problem to the account's {@code problems}. */
	private Hashed hashOfValid(String username, List<String> problems, char[] password) {
		PasswordPolicy.check(username, password, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return hasher.hash(password);
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
