package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.DepartmentScope;
import ducha.core.security.KeyUnavailableException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.petitions.Attachment;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * Envelope encryption (issue 11): a petition's identity and files are sealed with its own data key, wrapped for
 * the accounts that may reveal it. Any desktop of such an account reveals them; the database with the
 * administrator's account and every data folder does not; ciphertext is bound to its petition.
 */
class EnvelopeEncryptionTest {

	private static final String PASSWORD = "Pruefer-Passwort-31";
	private static final AtomicInteger ACCOUNTS = new AtomicInteger();

	private final PetitionService petitions = Osgi.service(PetitionService.class);
	private final UserService users = Osgi.service(UserService.class);

	@Test
	void whatOneDataFolderSealedAnAllowedHandlerRevealsWithASecondDataFolder(@TempDir Path dir) throws Exception {
		Reporter reporter = Court.uniqueReporter();
		Petition p = assigned(reporter, DemoAccounts.SUPERVISOR);
		byte[] content = ("谈话笔录 " + System.nanoTime() + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
		Attachment file = petitions.addAttachment(p.number(), Files.write(dir.resolve("笔录.txt"), content),
				Court.supervisor());

		String first = System.getProperty(DataFolder.PROPERTY);
		Path second = Files.createDirectories(dir.resolve("second-desktop"));
		System.setProperty(DataFolder.PROPERTY, second.toString());
		try {
			Principal handler = Court.supervisor();
			assertEquals(reporter, petitions.revealReporter(p.number(), "另一台电脑上核查", handler));
			Path copy = dir.resolve("copy.txt");
			petitions.exportAttachment(p.number(), file.id(), copy, "另一台电脑上核查", handler);
			assertArrayEquals(content, Files.readAllBytes(copy));
			assertFalse(Files.exists(second.resolve("keys")), "no key file of a data folder is involved");
		} finally {
			if (first == null) {
				System.clearProperty(DataFolder.PROPERTY);
			} else {
				System.setProperty(DataFolder.PROPERTY, first);
			}
		}
		assertTrue(sealedIdentity(p.number()).startsWith("v2:"));
	}

	@Test
	void theAdministratorWithTheDatabaseAndEveryDataFolderCannotRevealWithoutAGrant(@TempDir Path dir)
			throws Exception {
		Reporter reporter = Court.uniqueReporter();
		Petition p = assigned(reporter, DemoAccounts.SUPERVISOR);
		Attachment file = petitions.addAttachment(p.number(), Files.writeString(dir.resolve("a.txt"), "举报材料"),
				Court.supervisor());
		UserAccount admin = users.user(DemoAccounts.ADMIN).orElseThrow();
		Set<Role> roles = new HashSet<>(admin.roles());
		roles.add(Role.OFFICE_DIRECTOR);
		// the administrator makes itself office director: the rules now let it reveal, the keys still do not
		users.updateUser(new UserAccount(admin.username(), admin.displayName(), admin.staffNo(), roles,
				admin.scope(), true), Court.ADMIN);
		try {
			Principal self = Court.login(DemoAccounts.ADMIN);
			assertTrue(petitions.mayRevealReporter(p.number(), self));
			KeyUnavailableException e = assertThrows(KeyUnavailableException.class,
					() -> petitions.revealReporter(p.number(), "管理员查看", self));
			assertTrue(e.getMessage().contains(p.number()), e.getMessage());
			Path target = dir.resolve("leak.txt");
			assertThrows(KeyUnavailableException.class,
					() -> petitions.exportAttachment(p.number(), file.id(), target, "管理员查看", self));
			assertFalse(Files.exists(target));
		} finally {
			users.updateUser(admin, Court.ADMIN);
		}
		String stored = sealedIdentity(p.number()) + new String(AttachmentsTest.storedContent(p.number()).get(0),
				StandardCharsets.ISO_8859_1);
		assertFalse(stored.contains(reporter.name()));
	}

	@Test
	void aPasswordChangeKeepsAccessAResetLosesItUntilAHolderOpensThePetition() {
		Reporter reporter = Court.uniqueReporter();
		String name = newHandler();
		Petition p = assigned(reporter, name);
		Principal handler = logIn(name, PASSWORD);
		assertEquals(reporter, petitions.revealReporter(p.number(), "核查", handler), "granted when assigned");

		users.changePassword(name, "Eigenes-Passwort-42".toCharArray(), handler);
		assertEquals(reporter, petitions.revealReporter(p.number(), "核查",
				logIn(name, "Eigenes-Passwort-42")));

		users.changePassword(name, "Zurueckgesetzt-43".toCharArray(), Court.ADMIN);
		Principal afterReset = logIn(name, "Zurueckgesetzt-43");
		assertThrows(KeyUnavailableException.class, () -> petitions.revealReporter(p.number(), "核查", afterReset));

		// the office director opens the petition: the pending grant for the new key pair is made
		petitions.revealReporter(p.number(), "审批", Court.director());
		assertEquals(reporter, petitions.revealReporter(p.number(), "核查", afterReset));
	}

	@Test
	void aHandlerAssignedByOneWithoutAKeyIsGrantedWhenAHolderOpensThePetition() {
		Reporter reporter = Court.uniqueReporter();
		Petition p = Court.register(reporter, LocalDate.now(), Court.judges(1));
		String name = newHandler();
		// an assigner who holds no grant of the petition (only the right to assign)
		Principal assigner = new Principal("assigner", "分案员", null, Set.of(Role.OFFICE_DIRECTOR),
				DepartmentScope.ALL);
		petitions.assign(p.number(), Court.seen(p.number()), List.of(name), assigner);
		Principal handler = logIn(name, PASSWORD);
		assertThrows(KeyUnavailableException.class, () -> petitions.revealReporter(p.number(), "核查", handler));

		petitions.revealReporter(p.number(), "审批", Court.director());
		assertEquals(reporter, petitions.revealReporter(p.number(), "核查", handler));
	}

	@Test
	void anIdentityOrAFileMovedToAnotherPetitionDoesNotOpenThere(@TempDir Path dir) throws Exception {
		Reporter reporter = Court.uniqueReporter();
		Petition one = assigned(reporter, DemoAccounts.SUPERVISOR);
		Petition other = assigned(Court.uniqueReporter(), DemoAccounts.SUPERVISOR);
		Attachment file = petitions.addAttachment(one.number(), Files.writeString(dir.resolve("a.txt"), "甲的材料"),
				Court.supervisor());
		Attachment otherFile = petitions.addAttachment(other.number(), Files.writeString(dir.resolve("b.txt"),
				"乙的材料"), Court.supervisor());

		update("update petition set reporter_sealed = ? where petition_no = ?", sealedIdentity(one.number()),
				other.number());
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("update attachment_content set content = ?"
						+ " where attachment_id = ?")) {
			s.setBytes(1, AttachmentsTest.storedContent(one.number()).get(0));
			s.setLong(2, otherFile.id());
			assertEquals(1, s.executeUpdate());
		}
		Osgi.petitionsUnit().getCache().evictAll();

		assertThrows(DuchaException.class, () -> petitions.revealReporter(other.number(), "核查", Court.supervisor()));
		Path copy = dir.resolve("copy.txt");
		assertThrows(DuchaException.class,
				() -> petitions.exportAttachment(other.number(), otherFile.id(), copy, "核查", Court.supervisor()));
		assertFalse(Files.exists(copy));
		assertEquals(reporter, petitions.revealReporter(one.number(), "核查", Court.supervisor()));
		assertNotEquals(file.id(), otherFile.id());
	}

	private Petition assigned(Reporter reporter, String handler) {
		Petition p = Court.register(reporter, LocalDate.now(), Court.judges(1));
		petitions.assign(p.number(), Court.seen(p.number()), List.of(handler), Court.director());
		return p;
	}

	/** A full-time supervisor's account of this test only, with a password the test knows. */
	private String newHandler() {
		String name = "envelope-handler-" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		users.addUser(new UserAccount(name, "承办人", Court.unreportedStaffNo(), Set.of(Role.FULL_TIME_SUPERVISOR), DepartmentScope.ALL,
				true), PASSWORD.toCharArray(), Court.ADMIN);
		return name;
	}

	private Principal logIn(String name, String password) {
		return users.authenticate(name, password.toCharArray()).orElseThrow();
	}

	static String sealedIdentity(String number) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("select reporter_sealed from petition where petition_no = ?")) {
			s.setString(1, number);
			try (ResultSet rs = s.executeQuery()) {
				assertTrue(rs.next());
				return rs.getString(1);
			}
		}
	}

	private static void update(String sql, String value, String number) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, value);
			s.setString(2, number);
			assertEquals(1, s.executeUpdate());
		}
	}
}
