package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ValidationException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.petitions.Attachment;
import ducha.petitions.ConfidentialRead;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * Attachments go into the database through the platform's attachment service, encrypted, and are read back
 * unchanged by those who work on the petition, each read audited with its reason.
 */
class AttachmentsTest {

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@Test
	void anAttachmentIsStoredInTheDatabaseEncryptedAndReadBackByteForByte(@TempDir Path dir) throws Exception {
		Petition p = assignedPetition();
		String marker = "举报材料：某某于三月五日在茶楼会见当事人 " + System.nanoTime();
		byte[] content = (marker + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
		Path scan = Files.write(dir.resolve("举报信扫描件.txt"), content);

		Attachment added = petitions.addAttachment(p.number(), scan, Court.supervisor());

		assertEquals("举报信扫描件.txt", added.fileName());
		assertEquals(content.length, added.size());
		assertEquals(List.of(added), petitions.attachments(p.number(), Court.director()));
		List<byte[]> stored = storedContent(p.number());
		assertEquals(1, stored.size(), "one file in the database with the petition");
		assertFalse(new String(stored.get(0), StandardCharsets.ISO_8859_1)
				.contains(new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
				"stored encrypted");
		assertFalse(Arrays.equals(content, stored.get(0)));

		Path copy = dir.resolve("copy.txt");
		petitions.exportAttachment(p.number(), added.id(), copy, "核对举报材料", Court.supervisor());
		assertArrayEquals(content, Files.readAllBytes(copy));
		List<AuditEntry> entries = Osgi.service(AuditLog.class).find(
				new AuditQuery(null, "attachment.", "petition", p.number(), null, null, 10), Court.ADMIN);
		assertEquals(List.of("attachment.open", "attachment.store"), entries.stream().map(AuditEntry::action).toList());
		assertEquals(DemoAccounts.SUPERVISOR, entries.get(0).actor());
		// the log keeps neither the file's name nor the reason in clear: both may name the reporter
		for (AuditEntry entry : entries) {
			assertFalse(entry.detail().contains("举报信扫描件") || entry.detail().contains("核对举报材料"), entry.detail());
		}
		assertTrue(entries.get(0).detail().contains(String.valueOf(added.id())), entries.get(0).detail());
		// whoever may open the petition reads the reason
		List<ConfidentialRead> reads = petitions.confidentialReads(p.number(), Court.director());
		assertTrue(reads.stream().anyMatch(r -> r.account().equals(DemoAccounts.SUPERVISOR)
				&& r.what().contains(String.valueOf(added.id())) && "核对举报材料".equals(r.reason())), reads::toString);
		assertThrows(AccessDeniedException.class, () -> petitions.confidentialReads(p.number(), Court.leader()));
	}

	@Test
	void whoDoesNotHandleThePetitionCanNeitherAddListNorReadAttachments(@TempDir Path dir) throws IOException {
		Petition p = assignedPetition();
		Path file = Files.writeString(dir.resolve("a.txt"), "材料");
		Attachment added = petitions.addAttachment(p.number(), file, Court.director());
		Path target = dir.resolve("leak.txt");

		for (Principal outsider : List.of(Court.leader(), Court.ADMIN)) {
			assertThrows(AccessDeniedException.class, () -> petitions.attachments(p.number(), outsider));
			assertThrows(AccessDeniedException.class, () -> petitions.addAttachment(p.number(), file, outsider));
			assertThrows(AccessDeniedException.class,
					() -> petitions.exportAttachment(p.number(), added.id(), target, "查看", outsider));
		}
		assertFalse(Files.exists(target));
	}

	@Test
	void filesAbove50MegabytesAndProgramsAreRefused(@TempDir Path dir) throws Exception {
		Petition p = assignedPetition();
		Path big = dir.resolve("录像.pdf");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
			file.setLength(50L * 1024 * 1024 + 1);
		}
		Path program = Files.write(dir.resolve("证据.exe"), new byte[] { 'M', 'Z', (byte) 0x90, 0, 3 });
		Path disguised = Files.write(dir.resolve("证据.pdf"), new byte[] { 'M', 'Z', (byte) 0x90, 0, 3 });

		for (Path refused : List.of(big, program, disguised)) {
			assertThrows(ValidationException.class,
					() -> petitions.addAttachment(p.number(), refused, Court.supervisor()), refused.toString());
		}
		assertEquals(List.of(), petitions.attachments(p.number(), Court.supervisor()));
		assertEquals(List.of(), storedContent(p.number()));
	}

	private Petition assignedPetition() {
		Petition p = Court.register(Reporter.ANONYMOUS, LocalDate.now(), Court.judges(1));
		petitions.assign(p.number(), Court.seen(p.number()), List.of(DemoAccounts.SUPERVISOR), Court.director());
		return p;
	}

	/** The bytes the database holds for the petition's files, read past every service. */
	static List<byte[]> storedContent(String number) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement("select c.content from attachment a join attachment_content c"
						+ " on c.attachment_id = a.id where a.owner = 'petition' and a.record_key = ? order by a.id")) {
			s.setString(1, number);
			List<byte[]> contents = new ArrayList<>();
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					contents.add(rs.getBytes(1));
				}
			}
			return contents;
		}
	}
}
