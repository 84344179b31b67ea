package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;
import ducha.core.attachments.AttachmentService;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.DepartmentScope;
import ducha.core.security.KeyUnavailableException;
import ducha.core.security.Principal;
import ducha.core.security.RecoveryKeys;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.petitions.Attachment;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * Key recovery and migration: the office's recovery key, given out once, re-grants an account whose password an
 * administrator reset; {@code petitions rekey} moves what the data folder's key files sealed to envelopes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyRecoveryTest {

	private static final String PASSWORD = "Pruefer-Passwort-57";

	@TempDir
	static Path safe;

	private final PetitionService petitions = Osgi.service(PetitionService.class);
	private final UserService users = Osgi.service(UserService.class);

	@Test
	@Order(1)
	void theRecoveryKeyIsGivenOutOnceToAnAdministratorOnlyIntoAnOwnerOnlyFile() throws Exception {
		Court.ensureSeeded();
		assertFalse(Osgi.service(RecoveryKeys.class).exists(), "a fresh test database (remove target/data)");
		Cli.Result leader = Cli.as(DemoAccounts.LEADER, DemoAccounts.PASSWORD, "keys", "recovery-export",
				safe.resolve("leader.key").toString());
		assertEquals(4, leader.exitCode(), leader::toString);

		Cli.Result export = Cli.run("keys", "recovery-export", recoveryFile().toString());
		assertEquals(0, export.exitCode(), export::toString);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recoveryFile())));
		Cli.Result again = Cli.run("keys", "recovery-export", safe.resolve("again.key").toString());
		assertNotEquals(0, again.exitCode(), again::toString);
		assertFalse(Files.exists(safe.resolve("again.key")));
	}

	@Test
	@Order(2)
	void afterAnAdministratorsResetTheRecoveryKeyGrantsTheHandlerAgain() {
		Reporter reporter = Court.uniqueReporter();
		String name = "recovery-handler-" + System.nanoTime() % 100_000;
		users.addUser(new UserAccount(name, "承办人", Court.unreportedStaffNo(), Set.of(Role.FULL_TIME_SUPERVISOR), DepartmentScope.ALL,
				true), PASSWORD.toCharArray(), Court.ADMIN);
		Petition p = Court.register(reporter, LocalDate.now(), Court.judges(1));
		petitions.assign(p.number(), Court.seen(p.number()), List.of(name), Court.director());
		users.changePassword(name, "Zurueckgesetzt-58".toCharArray(), Court.ADMIN);
		Principal handler = users.authenticate(name, "Zurueckgesetzt-58".toCharArray()).orElseThrow();
		assertThrows(KeyUnavailableException.class, () -> petitions.revealReporter(p.number(), "核查", handler));

		Cli.Result withoutTheKey = Cli.run("keys", "regrant", name, "--recovery-key",
				safe.resolve("missing.key").toString());
		assertNotEquals(0, withoutTheKey.exitCode(), withoutTheKey::toString);
		Cli.Result regrant = Cli.run("keys", "regrant", name, "--recovery-key", recoveryFile().toString());
		assertEquals(0, regrant.exitCode(), regrant::toString);
		assertTrue(regrant.out().contains("petitions"), regrant::toString);

		assertEquals(reporter, petitions.revealReporter(p.number(), "核查", handler));
	}

	@Test
	@Order(3)
	void rekeyMovesAnOldIdentityAndAnOldFileToThePetitionsDataKeyOnce(@TempDir Path dir) throws Exception {
		Petition p = Court.register(Court.uniqueReporter(), LocalDate.now(), Court.judges(1));
		petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.SUPERVISOR), Court.director());
		// as earlier versions left it: no data key, the identity and a file sealed with the key files
		Reporter earlier = Reporter.named("上官清风", "13822223333");
		byte[] plain = (earlier.name() + '\u0000' + earlier.contact()).getBytes(StandardCharsets.UTF_8);
		update("delete from petition_key where petition_id = (select id from petition where petition_no = ?)",
				p.number());
		update("update petition set reporter_sealed = '" + "v1:"
				+ Base64.getEncoder().encodeToString(UpgradeFromFolderAttachmentsTest.oldSeal(plain))
				+ "' where petition_no = ?", p.number());
		Osgi.petitionsUnit().getCache().evictAll();
		byte[] content = ("旧材料 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		Osgi.service(AttachmentService.class).adopt("petition", p.number(), "旧材料.txt",
				new ByteArrayInputStream(content), DemoAccounts.SUPERVISOR, Instant.now());
		assertEquals(earlier, petitions.revealReporter(p.number(), "迁移前", Court.director()),
				"old values open while the key files are there");

		Cli.Result rekey = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "petitions", "rekey");
		assertTrue(rekey.out().contains(p.number()), rekey::toString);
		assertTrue(EnvelopeEncryptionTest.sealedIdentity(p.number()).startsWith("v2:"));
		Cli.Result again = Cli.as(DemoAccounts.DIRECTOR, DemoAccounts.PASSWORD, "petitions", "rekey");
		assertFalse(again.out().contains(p.number()), again::toString);

		Attachment file = petitions.attachments(p.number(), Court.supervisor()).get(0);
		String first = System.getProperty(DataFolder.PROPERTY);
		System.setProperty(DataFolder.PROPERTY, Files.createDirectories(dir.resolve("without-key-files")).toString());
		try {
			assertEquals(earlier, petitions.revealReporter(p.number(), "迁移后", Court.supervisor()));
			Path copy = dir.resolve("copy.txt");
			petitions.exportAttachment(p.number(), file.id(), copy, "迁移后", Court.supervisor());
			assertArrayEquals(content, Files.readAllBytes(copy));
		} finally {
			System.setProperty(DataFolder.PROPERTY, first);
		}
	}

	private static Path recoveryFile() {
		return safe.resolve("office-recovery.key");
	}

	private static void update(String sql, String number) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, number);
			assertTrue(s.executeUpdate() > 0, sql);
		}
	}
}
