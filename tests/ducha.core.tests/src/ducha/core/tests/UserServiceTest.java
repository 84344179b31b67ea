package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Envelopes;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

class UserServiceTest {

	private static final String PASSWORD = "Correct-Horse-1";
	private static final String TEST_WORK_FACTOR = "ducha.test.passwordIterations";

	private final UserService users = Osgi.service(UserService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);
	private final Envelopes envelopes = Osgi.service(Envelopes.class);

	@BeforeEach
	void cleanDatabase() {
		Osgi.resetCoreTables();
	}

	@Test
	void theRightPasswordLogsInAndAWrongOneDoesNot() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);

		Optional<Principal> alice = users.authenticate("alice", PASSWORD.toCharArray());
		assertTrue(alice.isPresent());
		assertEquals(Set.of(Role.OFFICE_DIRECTOR), alice.get().roles());
		assertEquals("爱丽丝", alice.get().displayName());

		assertTrue(users.authenticate("alice", "correct-horse-1".toCharArray()).isEmpty());
		assertTrue(users.authenticate("alice", new char[0]).isEmpty());
		assertTrue(users.authenticate("nobody", PASSWORD.toCharArray()).isEmpty());
	}

	@Test
	void passwordsAreStoredAsSaltedPbkdf2Hashes() throws SQLException {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		users.addUser(account("bob", true), PASSWORD.toCharArray(), Fixtures.ADMIN);

		String alice = storedHash("alice");
		String bob = storedHash("bob");
		assertTrue(alice.startsWith("pbkdf2-sha256-kek$"), alice);
		assertFalse(alice.contains(PASSWORD));
		assertFalse(alice.equals(bob), "the same password must hash differently for two users (salt)");
	}

	@Test
	void aDisabledAccountCannotLogIn() {
		users.addUser(account("carol", false), PASSWORD.toCharArray(), Fixtures.ADMIN);
		assertTrue(users.authenticate("carol", PASSWORD.toCharArray()).isEmpty());
	}

	@Test
	void loginsAndFailedLoginsAreAudited() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		users.authenticate("alice", PASSWORD.toCharArray());
		users.authenticate("alice", "wrong-password".toCharArray());

		List<AuditEntry> entries = audit.find(
				new AuditQuery("alice", "user.login", null, null, null, null, 10), Fixtures.ADMIN);
		assertEquals(List.of("user.login.failed", "user.login"), entries.stream().map(AuditEntry::action).toList());
		assertEquals("密码错误", entries.get(0).detail());
	}

	@Test
	void aLogOutIsAuditedAndForgetsTheKeyTheLogInUnlocked() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();
		assertTrue(envelopes.unlocked(alice), "the log-in unlocked the key");

		users.logOut(alice);

		assertTrue(!envelopes.unlocked(alice), "the log-out forgot it");
		List<AuditEntry> entries = audit.find(
				new AuditQuery("alice", "user.logout", null, null, null, null, 10), Fixtures.ADMIN);
		assertEquals(List.of("user.logout"), entries.stream().map(AuditEntry::action).toList());
	}

	@Test
	void onlyAdministratorsCreateAccounts() {
		Principal director = Fixtures.user("director", Role.OFFICE_DIRECTOR);
		assertThrows(AccessDeniedException.class,
				() -> users.addUser(account("mallory", true), PASSWORD.toCharArray(), director));
		assertTrue(users.user("mallory").isEmpty());
	}

	@Test
	void shortPasswordsAndBadNamesAreRefusedWithEveryProblem() {
		UserAccount bad = new UserAccount("a b", null, null, Set.of(), DepartmentScope.ALL, true);
		ValidationException e = assertThrows(ValidationException.class,
				() -> users.addUser(bad, "short".toCharArray(), Fixtures.ADMIN));
		assertEquals(3, e.problems().size(), e.getMessage());
	}

	@Test
	void usersChangeTheirOwnPasswordButNotOthers() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		users.addUser(account("bob", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();

		users.changePassword("alice", "New-Password-2".toCharArray(), alice);
		assertTrue(users.authenticate("alice", "New-Password-2".toCharArray()).isPresent());
		assertThrows(AccessDeniedException.class,
				() -> users.changePassword("bob", "New-Password-2".toCharArray(), alice));
	}

	@Test
	void theLastAdministratorCannotBeDisabled() {
		UserAccount root = new UserAccount("root", "管理员", null, Set.of(Role.ADMIN), DepartmentScope.ALL, true);
		users.addUser(root, PASSWORD.toCharArray(), Fixtures.ADMIN);
		UserAccount disabled = new UserAccount("root", "管理员", null, Set.of(Role.ADMIN), DepartmentScope.ALL, false);
		assertThrows(ValidationException.class, () -> users.updateUser(disabled, Fixtures.ADMIN));
		assertTrue(users.user("root").orElseThrow().enabled());
	}

	@Test
	void theFirstAdministratorIsCreatedOnlyWhileNoAccountExists() {
		assertFalse(users.hasAccounts());

		Principal chef = users.createFirstAdministrator("chef", "王主任", PASSWORD.toCharArray());

		assertTrue(users.hasAccounts());
		assertEquals(Set.of(Role.ADMIN), chef.roles());
		assertTrue(chef.scope().all());
		assertTrue(users.authenticate("chef", PASSWORD.toCharArray()).isPresent());
		assertThrows(ValidationException.class,
				() -> users.createFirstAdministrator("zweiter", null, PASSWORD.toCharArray()));
		assertTrue(users.user("zweiter").isEmpty());
		AuditEntry setup = audit.find(new AuditQuery(null, "user.setup", null, null, null, null, 5), Fixtures.ADMIN)
				.get(0);
		assertEquals("chef", setup.actor(), "audited under the new account, the only one there is");
	}

	@Test
	void theFirstAdministratorNeedsAValidNameAndPassword() {
		assertThrows(ValidationException.class, () -> users.createFirstAdministrator("chef", null, "kurz".toCharArray()));
		assertThrows(ValidationException.class,
				() -> users.createFirstAdministrator("der chef", null, PASSWORD.toCharArray()));
		assertFalse(users.hasAccounts());
	}

	@Test
	void aDisabledAccountLogsInAgainOnceEnabledAndARemovedOneNever() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);

		users.setEnabled("alice", false, Fixtures.ADMIN);
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isEmpty());
		users.setEnabled("alice", true, Fixtures.ADMIN);
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent());
		users.removeUser("alice", Fixtures.ADMIN);
		assertTrue(users.user("alice").isEmpty());
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isEmpty());

		List<String> actions = audit.find(new AuditQuery(null, "user.", "user", "alice", null, null, 20), Fixtures.ADMIN)
				.stream().map(AuditEntry::action).toList();
		assertTrue(actions.containsAll(List.of("user.disable", "user.enable", "user.remove")), actions.toString());
	}

	@Test
	void onlyAdministratorsDisableOrRemoveAndNeverTheLastAdministrator() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		UserAccount root = new UserAccount("root", "管理员", null, Set.of(Role.ADMIN), DepartmentScope.ALL, true);
		users.addUser(root, PASSWORD.toCharArray(), Fixtures.ADMIN);
		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();

		assertThrows(AccessDeniedException.class, () -> users.setEnabled("root", false, alice));
		assertThrows(AccessDeniedException.class, () -> users.removeUser("root", alice));
		assertThrows(ValidationException.class, () -> users.setEnabled("root", false, Fixtures.ADMIN));
		assertThrows(ValidationException.class, () -> users.removeUser("root", Fixtures.ADMIN));
		assertTrue(users.user("root").orElseThrow().enabled());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockEndsOrItIsEnabled() throws SQLException {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		for (int i = 0; i < 4; i++) {
			assertTrue(users.authenticate("alice", "Wrong-Horse-1".toCharArray()).isEmpty());
		}
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent(), "four wrong ones do not lock");
		for (int i = 0; i < 5; i++) {
			assertTrue(users.authenticate("alice", "Wrong-Horse-1".toCharArray()).isEmpty());
		}

		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isEmpty(), "locked: the right one too");
		assertEquals(1, audit.find(new AuditQuery("alice", "user.locked", null, null, null, null, 10), Fixtures.ADMIN)
				.size());

		update("update user_account set locked_until = ? where username = 'alice'",
				Timestamp.from(Instant.now().minusSeconds(1)));
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent(), "the lock has ended");

		for (int i = 0; i < 5; i++) {
			users.authenticate("alice", "Wrong-Horse-1".toCharArray());
		}
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isEmpty());
		users.setEnabled("alice", true, Fixtures.ADMIN);
		assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent(), "enabling lifts the lock");
	}

	@Test
	void weakPasswordsAreRefusedWithTheReason() {
		List<String> refused = List.of("kurz-1", "Alice-2026!", "password123", "Ducha123", "12345678");
		for (String password : refused) {
			ValidationException e = assertThrows(ValidationException.class,
					() -> users.addUser(account("alice", true), password.toCharArray(), Fixtures.ADMIN), password);
			assertFalse(e.getMessage().isBlank());
		}
		assertTrue(users.user("alice").isEmpty());
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();
		assertThrows(ValidationException.class, () -> users.changePassword("alice", "qwertyuiop".toCharArray(), alice));
	}

	@Test
	void aPasswordSetByAnAdministratorMustBeChangedByItsOwner() {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		assertTrue(users.passwordChangeRequired("alice"), "a new account");

		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();
		users.changePassword("alice", "Eigenes-Passwort-7".toCharArray(), alice);
		assertFalse(users.passwordChangeRequired("alice"), "she chose her own");

		users.changePassword("alice", "Zurueckgesetzt-8".toCharArray(), Fixtures.ADMIN);
		assertTrue(users.passwordChangeRequired("alice"), "reset by the administrator");
		assertFalse(users.passwordChangeRequired("nobody"));
	}

	@Test
	void aHashOfAnOlderWorkFactorStillLogsInAndIsReplacedByTodaysAtThatLogIn() throws Exception {
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		byte[] salt = "sixteen-byte-slt".getBytes(StandardCharsets.US_ASCII);
		byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 310_000, 256)).getEncoded();
		String older = "pbkdf2-sha256$310000$" + Base64.getEncoder().encodeToString(salt) + "$"
				+ Base64.getEncoder().encodeToString(hash);
		update("update user_account set password_hash = ? where username = 'alice'", older);

		withTheProductsWorkFactor(() -> {
			assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent());
			String now = storedHash("alice");
			assertTrue(now.startsWith("pbkdf2-sha256-kek$600000$"), now);
			assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent());
		});
	}

	/**
	 * The tests lower the work factor (tests/pom.xml); the product, which never sets that property, hashes with
	 * OWASP's 600,000 iterations and replaces a lowered hash at the next log-in.
	 */
	@Test
	void withoutTheTestsWorkFactorPasswordsGetTheProductsAndLoweredHashesAreReplaced() throws Exception {
		String lowered = System.getProperty(TEST_WORK_FACTOR);
		assertTrue(lowered != null && Integer.parseInt(lowered) < 600_000, "the tests run with a lowered factor");
		users.addUser(account("alice", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
		assertTrue(storedHash("alice").startsWith("pbkdf2-sha256-kek$" + lowered + "$"), storedHash("alice"));

		withTheProductsWorkFactor(() -> {
			users.addUser(account("bob", true), PASSWORD.toCharArray(), Fixtures.ADMIN);
			assertTrue(storedHash("bob").startsWith("pbkdf2-sha256-kek$600000$"), storedHash("bob"));
			Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();
			assertTrue(storedHash("alice").startsWith("pbkdf2-sha256-kek$600000$"), storedHash("alice"));
			assertEquals("alice", alice.username());
			assertTrue(users.authenticate("alice", PASSWORD.toCharArray()).isPresent(), "the new hash matches");
		});
	}

	private interface DatabaseWork {
		void run() throws Exception;
	}

	private static void withTheProductsWorkFactor(DatabaseWork work) throws Exception {
		String saved = System.clearProperty(TEST_WORK_FACTOR);
		try {
			work.run();
		} finally {
			if (saved != null) {
				System.setProperty(TEST_WORK_FACTOR, saved);
			}
		}
	}

	private static void update(String sql, Object value) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(sql)) {
			s.setObject(1, value);
			assertEquals(1, s.executeUpdate());
		}
		Osgi.coreUnit().getCache().evictAll();
	}

	private static UserAccount account(String name, boolean enabled) {
		String display = name.equals("alice") ? "爱丽丝" : name;
		return new UserAccount(name, display, null, Set.of(Role.OFFICE_DIRECTOR), DepartmentScope.ALL, enabled);
	}

	private static String storedHash(String username) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("select password_hash from user_account where username = ?")) {
			s.setString(1, username);
			try (ResultSet r = s.executeQuery()) {
				assertTrue(r.next());
				return r.getString(1);
			}
		}
	}
}
