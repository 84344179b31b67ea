package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.DuchaException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Envelopes;
import ducha.core.security.KeyUnavailableException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.core.security.WrappedKey;

/**
 * Each account's key pair: made with the account, unlocked by its log-in only, kept across its own password change,
 * replaced by an administrator's reset; a wrapped key opens for its holder in its context and nowhere else.
 */
class AccountKeysTest {

	private static final String PASSWORD = "Correct-Horse-1";
	private static final String CONTEXT = "petition:XF2026-001";

	private final UserService users = Osgi.service(UserService.class);
	private final Envelopes envelopes = Osgi.service(Envelopes.class);

	@BeforeEach
	void cleanDatabase() {
		Osgi.resetCoreTables();
	}

	@Test
	void aNewAccountHasAPublicKeyInClearAndItsPrivateKeyOnlySealed() throws SQLException {
		users.addUser(account("alice"), PASSWORD.toCharArray(), Fixtures.ADMIN);
		String[] row = keyRow("alice");
		byte[] publicKey = Base64.getDecoder().decode(row[0]);
		assertEquals(44, publicKey.length, "an X25519 public key, X.509 encoded");
		byte[] sealed = Base64.getDecoder().decode(row[1]);
		assertEquals(12 + 48 + 16, sealed.length, "IV, the PKCS#8 private key, tag");
		assertFalse(row[1].contains(PASSWORD));
	}

	@Test
	void onlyTheHoldersLoggedInSessionUnwrapsAKey() {
		users.addUser(account("alice"), PASSWORD.toCharArray(), Fixtures.ADMIN);
		users.addUser(account("bob"), PASSWORD.toCharArray(), Fixtures.ADMIN);
		SecretKey dataKey = envelopes.newDataKey();
		WrappedKey forAlice = envelopes.wrap(dataKey, "alice", CONTEXT).orElseThrow();

		Principal bob = users.authenticate("bob", PASSWORD.toCharArray()).orElseThrow();
		assertThrows(KeyUnavailableException.class, () -> envelopes.unwrap(forAlice, CONTEXT, bob));
		Principal aliceWithoutLogIn = Fixtures.user("alice", Role.OFFICE_DIRECTOR);
		assertThrows(KeyUnavailableException.class,
				() -> envelopes.unwrap(forAlice, CONTEXT, aliceWithoutLogIn));

		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();
		assertArrayEquals(dataKey.getEncoded(), envelopes.unwrap(forAlice, CONTEXT, alice).getEncoded());
		assertThrows(KeyUnavailableException.class,
				() -> envelopes.unwrap(forAlice, "petition:XF2026-002", alice), "bound to its record");
	}

	@Test
	void aValueSealedForOneContextDoesNotOpenInAnother() {
		SecretKey dataKey = envelopes.newDataKey();
		byte[] sealed = envelopes.seal(dataKey, CONTEXT + ":reporter", "张三".getBytes(StandardCharsets.UTF_8));
		assertEquals("张三", new String(envelopes.open(dataKey, CONTEXT + ":reporter", sealed), StandardCharsets.UTF_8));
		assertThrows(DuchaException.class, () -> envelopes.open(dataKey, "petition:XF2026-002:reporter", sealed));
		assertThrows(DuchaException.class, () -> envelopes.open(envelopes.newDataKey(), CONTEXT + ":reporter", sealed));
	}

	@Test
	void theOwnersPasswordChangeKeepsTheKeyPair() {
		users.addUser(account("alice"), PASSWORD.toCharArray(), Fixtures.ADMIN);
		SecretKey dataKey = envelopes.newDataKey();
		WrappedKey wrapped = envelopes.wrap(dataKey, "alice", CONTEXT).orElseThrow();
		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();

		users.changePassword("alice", "Eigenes-Passwort-7".toCharArray(), alice);

		assertTrue(envelopes.current(wrapped));
		Principal again = users.authenticate("alice", "Eigenes-Passwort-7".toCharArray()).orElseThrow();
		assertArrayEquals(dataKey.getEncoded(), envelopes.unwrap(wrapped, CONTEXT, again).getEncoded());
	}

	@Test
	void anAdministratorsResetMakesANewKeyPairThatOpensNoOldGrant() {
		users.addUser(account("alice"), PASSWORD.toCharArray(), Fixtures.ADMIN);
		WrappedKey wrapped = envelopes.wrap(envelopes.newDataKey(), "alice", CONTEXT).orElseThrow();

		users.changePassword("alice", "Zurueckgesetzt-8".toCharArray(), Fixtures.ADMIN);

		assertFalse(envelopes.current(wrapped));
		Principal alice = users.authenticate("alice", "Zurueckgesetzt-8".toCharArray()).orElseThrow();
		assertThrows(KeyUnavailableException.class, () -> envelopes.unwrap(wrapped, CONTEXT, alice));
		SecretKey fresh = envelopes.newDataKey();
		assertArrayEquals(fresh.getEncoded(), envelopes
				.unwrap(envelopes.wrap(fresh, "alice", CONTEXT).orElseThrow(), CONTEXT, alice).getEncoded());
	}

	@Test
	void anAccountOfAnOldHashGetsItsKeyPairAtItsNextLogIn() throws Exception {
		users.addUser(account("alice"), PASSWORD.toCharArray(), Fixtures.ADMIN);
		byte[] salt = "sixteen-byte-slt".getBytes(StandardCharsets.US_ASCII);
		byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 600_000, 256)).getEncoded();
		update("update user_account set password_hash = ? where username = 'alice'", "pbkdf2-sha256$600000$"
				+ Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash));
		update("delete from account_key where holder = ?", "alice");
		assertTrue(envelopes.wrap(envelopes.newDataKey(), "alice", CONTEXT).isEmpty(), "no key pair yet");

		Principal alice = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();

		SecretKey dataKey = envelopes.newDataKey();
		WrappedKey wrapped = envelopes.wrap(dataKey, "alice", CONTEXT).orElseThrow();
		assertArrayEquals(dataKey.getEncoded(), envelopes.unwrap(wrapped, CONTEXT, alice).getEncoded());
		Principal again = users.authenticate("alice", PASSWORD.toCharArray()).orElseThrow();
		assertArrayEquals(dataKey.getEncoded(), envelopes.unwrap(wrapped, CONTEXT, again).getEncoded(),
				"the key pair made then is sealed under the upgraded hash");
	}

	private static UserAccount account(String name) {
		return new UserAccount(name, name, null, Set.of(Role.OFFICE_DIRECTOR), DepartmentScope.ALL, true);
	}

	private static String[] keyRow(String holder) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(
						"select public_key, private_key from account_key where holder = ?")) {
			s.setString(1, holder);
			try (ResultSet r = s.executeQuery()) {
				assertTrue(r.next());
				return new String[] { r.getString(1), r.getString(2) };
			}
		}
	}

	private static void update(String sql, String value) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, value);
			assertEquals(1, s.executeUpdate());
		}
		Osgi.coreUnit().getCache().evictAll();
	}
}
