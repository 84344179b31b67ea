package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import ducha.core.DataFolder;
import ducha.core.demo.DemoAccounts;
import ducha.petitions.Attachment;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * What earlier versions of the plugin stored still works: reporter identities sealed by its own code, and the
 * sealed attachment files of its data folder, which move into the database on the first start of this version.
 * The old format is written here by the test's own code (AES-256-GCM, key {@code keys/petitions.key}, associated
 * data {@code ducha.petitions.v1}), not by the plugin's.
 */
class UpgradeFromFolderAttachmentsTest {

	private static final String MOVER = "ducha.petitions.internal.LegacyAttachmentFiles";

	@Test
	void anIdentitySealedByEarlierVersionsStillOpens() throws Exception {
		Petition p = Court.register(Court.uniqueReporter(), LocalDate.now(), Court.judges(1));
		Reporter earlier = Reporter.named("司马光明", "13811112222");
		byte[] plain = (earlier.name() + '\u0000' + earlier.contact()).getBytes(StandardCharsets.UTF_8);
		update("update petition set reporter_sealed = ? where petition_no = ?",
				"v1:" + Base64.getEncoder().encodeToString(oldSeal(plain)), p.number());
		Osgi.petitionsUnit().getCache().evictAll();

		Reporter revealed = Osgi.service(PetitionService.class).revealReporter(p.number(), "核实举报人身份",
				Court.director());
		assertEquals(earlier.name(), revealed.name());
		assertEquals(earlier.contact(), revealed.contact());
	}

	@Test
	void theFilesOfTheOldAttachmentFolderMoveIntoTheDatabaseOnStart(@TempDir Path dir) throws Exception {
		Petition p = Court.register(Court.uniqueReporter(), LocalDate.now(), Court.judges(1));
		Osgi.service(PetitionService.class).assign(p.number(), p.version(), List.of(DemoAccounts.SUPERVISOR),
				Court.director());
		byte[] content = ("谈话笔录 " + System.nanoTime() + "\n").repeat(500).getBytes(StandardCharsets.UTF_8);
		Path folder = DataFolder.get().resolve("petitions").resolve("attachments");
		String storedName = UUID.randomUUID() + ".sealed";
		Files.createDirectories(folder);
		Path oldFile = Files.write(folder.resolve(storedName), oldSeal(content));
		Instant addedAt = Instant.parse("2024-03-05T02:30:00Z");
		update("insert into petition_attachment (petition_id, file_name, stored_name, size_bytes, added_by, added_at)"
				+ " select id, ?, ?, ?, ?, ? from petition where petition_no = ?", "谈话笔录.doc", storedName,
				content.length, DemoAccounts.SUPERVISOR, Timestamp.from(addedAt), p.number());

		restartTheUpgradeStep();

		PetitionService petitions = Osgi.service(PetitionService.class);
		List<Attachment> moved = petitions.attachments(p.number(), Court.supervisor());
		assertEquals(1, moved.size());
		assertEquals(new Attachment(moved.get(0).id(), "谈话笔录.doc", content.length, DemoAccounts.SUPERVISOR, addedAt),
				moved.get(0));
		Path copy = dir.resolve("copy.doc");
		petitions.exportAttachment(p.number(), moved.get(0).id(), copy, "核对迁移结果", Court.supervisor());
		assertArrayEquals(content, Files.readAllBytes(copy));
		assertFalse(Arrays.equals(content, AttachmentsTest.storedContent(p.number()).get(0)), "sealed again");
		assertFalse(Files.exists(oldFile), "the folder's copy is gone");
		assertEquals(0, count("select count(*) from petition_attachment where stored_name = ?", storedName));

		restartTheUpgradeStep();
		assertEquals(moved, Osgi.service(PetitionService.class).attachments(p.number(), Court.supervisor()),
				"a second start moves nothing again");
	}

	/** Stops and starts the plugin's upgrade step, as a start of the workbench does, and the services on it. */
	private static void restartTheUpgradeStep() throws Exception {
		ServiceComponentRuntime scr = Osgi.service(ServiceComponentRuntime.class);
		Bundle plugin = FrameworkUtil.getBundle(PetitionService.class);
		ComponentDescriptionDTO mover = scr.getComponentDescriptionDTO(plugin, MOVER);
		scr.disableComponent(mover).getValue();
		scr.enableComponent(mover).getValue();
	}

	/** The sealing of the plugin's earlier versions, as they wrote it. */
	static byte[] oldSeal(byte[] plain) throws Exception {
		Path keyFile = DataFolder.get().resolve("keys/petitions.key");
		if (!Files.exists(keyFile)) {
			// the key file an earlier version made in this data folder (this version makes none)
			byte[] made = new byte[32];
			new SecureRandom().nextBytes(made);
			Files.createDirectories(keyFile.getParent());
			Files.writeString(keyFile, Base64.getEncoder().encodeToString(made), StandardCharsets.US_ASCII);
		}
		byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
		byte[] iv = new byte[12];
		new SecureRandom().nextBytes(iv);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
		cipher.updateAAD("ducha.petitions.v1".getBytes(StandardCharsets.US_ASCII));
		byte[] sealed = cipher.doFinal(plain);
		byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
		System.arraycopy(sealed, 0, out, iv.length, sealed.length);
		return out;
	}

	private static void update(String sql, Object... values) throws Exception {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				s.setObject(i + 1, values[i]);
			}
			assertEquals(1, s.executeUpdate(), sql);
		}
	}

	private static int count(String sql, String value) throws Exception {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, value);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}
}
