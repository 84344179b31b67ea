package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.attachments.AttachmentAccess;
import ducha.core.attachments.AttachmentPolicy;
import ducha.core.attachments.AttachmentService;
import ducha.core.attachments.StoredAttachment;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.audit.SealedReasons;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.Sealer;
import ducha.persistence.DatabaseService;

/**
 * The platform's attachments: stored in the database with their record, checked (size, type, the owner's policy),
 * sealed for confidential records, audited, and part of a database backup.
 */
class AttachmentServiceTest {

	private static final String OWNER = "test.record";
	private static final AtomicInteger RECORDS = new AtomicInteger();
	private static final Principal CLERK = new Principal("clerk", "书记员", null, Set.of(Role.STAFF),
			DepartmentScope.of(Set.of("LAT")));
	private static final Principal OUTSIDER = new Principal("outsider", "外人", null, Set.of(Role.STAFF),
			DepartmentScope.of(Set.of("XZT")));

	/** The test plugin's rule: the outsider may do nothing; records named secret-* are confidential. */
	private static final AttachmentPolicy POLICY = new AttachmentPolicy() {

		@Override
		public String owner() {
			return OWNER;
		}

		@Override
		public void check(String recordKey, AttachmentAccess access, Principal actor) {
			if (actor.username().equals(OUTSIDER.username())) {
				throw new AccessDeniedException("outsider may not " + access + " " + recordKey);
			}
		}

		@Override
		public boolean confidential(String recordKey) {
			return recordKey.startsWith("secret-");
		}
	};

	private static ServiceRegistration<AttachmentPolicy> registration;

	private final AttachmentService attachments = Osgi.service(AttachmentService.class);
	private final AuditLog audit = Osgi.service(AuditLog.class);

	@BeforeAll
	static void registerPolicy() {
		registration = Osgi.register(AttachmentPolicy.class, POLICY);
	}

	@AfterAll
	static void unregisterPolicy() {
		registration.unregister();
	}

	@Test
	void aFileComesBackByteForByteWithItsNameTypeSizeAndHash() throws Exception {
		String record = record("open-");
		byte[] pdf = pdf("会议纪要 " + System.nanoTime());

		StoredAttachment stored = attachments.store(OWNER, record, "纪要/2024年第3次会议纪要.pdf",
				new ByteArrayInputStream(pdf), CLERK);

		assertEquals("2024年第3次会议纪要.pdf", stored.fileName(), "folders dropped");
		assertEquals("application/pdf", stored.contentType());
		assertEquals(pdf.length, stored.size());
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stored.sha256());
		assertEquals("clerk", stored.createdBy());
		assertFalse(stored.sealed());
		assertEquals(List.of(stored), attachments.list(OWNER, record, CLERK));
		assertArrayEquals(pdf, storedBytes(stored.id()), "a record that is not confidential is stored plain");
		assertArrayEquals(pdf, open(record, stored.id(), CLERK));
	}

	@Test
	void aConfidentialRecordsFileIsStoredSealedAndOpensPlain() throws Exception {
		String record = record("secret-");
		String marker = "举报人 欧阳明远 " + System.nanoTime();
		byte[] text = (marker + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);

		StoredAttachment stored = attachments.store(OWNER, record, "举报信.txt", new ByteArrayInputStream(text), CLERK);

		assertTrue(stored.sealed());
		assertEquals("text/plain", stored.contentType());
		byte[] inDatabase = storedBytes(stored.id());
		assertFalse(Arrays.equals(text, inDatabase));
		assertFalse(new String(inDatabase, StandardCharsets.ISO_8859_1)
				.contains(new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
		assertArrayEquals(text, open(record, stored.id(), CLERK));
		assertTrue(Files.isRegularFile(DataFolder.get().resolve("keys/attachments.key")));
	}

	@Test
	void storingOpeningAndDeletingAreAudited() {
		String record = record("audit-");
		StoredAttachment stored = attachments.store(OWNER, record, "照片.png", new ByteArrayInputStream(png()),
				CLERK);
		open(record, stored.id(), CLERK);
		attachments.delete(OWNER, record, stored.id(), CLERK);

		List<AuditEntry> entries = audit.find(new AuditQuery(null, "attachment.", OWNER, record, null, null, 10),
				Fixtures.ADMIN);
		assertEquals(List.of("attachment.delete", "attachment.open", "attachment.store"),
				entries.stream().map(AuditEntry::action).toList());
		assertTrue(entries.stream().allMatch(e -> e.actor().equals("clerk")));
		assertTrue(entries.get(1).detail().contains("核对"), entries.get(1).detail());
		assertEquals(List.of(), attachments.list(OWNER, record, CLERK));
		assertThrows(NotFoundException.class, () -> open(record, stored.id(), CLERK));
	}

	@Test
	void theLogKeepsNeitherTheNameNorTheReasonOfAConfidentialRecordsFileInClear() {
		String record = record("secret-");
		StoredAttachment stored = attachments.store(OWNER, record, "举报人欧阳来信.png", new ByteArrayInputStream(png()),
				CLERK);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		attachments.open(OWNER, record, stored.id(), "联系欧阳核实", out, CLERK);
		attachments.delete(OWNER, record, stored.id(), CLERK);

		List<AuditEntry> entries = audit.find(new AuditQuery(null, "attachment.", OWNER, record, null, null, 10),
				Fixtures.ADMIN);
		assertEquals(3, entries.size(), entries::toString);
		for (AuditEntry entry : entries) {
			assertFalse(entry.detail().contains("欧阳"), entry.detail());
			assertTrue(entry.detail().contains(String.valueOf(stored.id())), entry.detail());
		}
		AuditEntry opened = entries.get(1);
		assertTrue(SealedReasons.holdsReason(opened.detail()), opened.detail());
		assertFalse(opened.shownDetail().contains("[r1:") || opened.shownDetail().contains("[k1:"), opened.shownDetail());
		// the owner of the record opens the reason, bound to the record: under another record it does not open
		Sealer sealer = Osgi.service(Sealer.class);
		assertEquals("联系欧阳核实", SealedReasons
				.open(sealer, AttachmentService.reasonContext(OWNER, record), opened.detail()).orElseThrow());
		assertThrows(DuchaException.class, () -> SealedReasons.open(sealer,
				AttachmentService.reasonContext(OWNER, record("other-")), opened.detail()));
	}

	@Test
	void theOwnersPolicyDecidesWhoMayAddListOpenAndDelete() {
		String record = record("scope-");
		StoredAttachment stored = attachments.store(OWNER, record, "a.pdf", new ByteArrayInputStream(pdf("x")),
				CLERK);
		ByteArrayOutputStream leak = new ByteArrayOutputStream();

		assertThrows(AccessDeniedException.class, () -> attachments.store(OWNER, record, "b.pdf",
				new ByteArrayInputStream(pdf("y")), OUTSIDER));
		assertThrows(AccessDeniedException.class, () -> attachments.list(OWNER, record, OUTSIDER));
		assertThrows(AccessDeniedException.class,
				() -> attachments.open(OWNER, record, stored.id(), "看看", leak, OUTSIDER));
		assertThrows(AccessDeniedException.class, () -> attachments.delete(OWNER, record, stored.id(), OUTSIDER));

		assertEquals(0, leak.size());
		assertEquals(List.of(stored), attachments.list(OWNER, record, CLERK));
		assertThrows(NotFoundException.class,
				() -> attachments.open(OWNER, record("other-"), stored.id(), "换个记录", leak, CLERK),
				"a file is only found with its own record");
		assertThrows(DuchaException.class, () -> attachments.list("no.such.plugin", record, CLERK),
				"without the owner's policy nobody may");
	}

	@Test
	void aFileAboveTheConfiguredLimitIsRefusedAndNothingIsStored() throws IOException {
		String record = record("big-");
		Path config = DataFolder.configFile();
		byte[] before = Files.exists(config) ? Files.readAllBytes(config) : null;
		try {
			Files.createDirectories(config.getParent());
			Files.writeString(config, (before == null ? "" : new String(before, StandardCharsets.UTF_8))
					+ "\nattachments.max-mb = 1\n", StandardCharsets.UTF_8);
			byte[] big = Arrays.copyOf(pdf("大文件"), 1024 * 1024 + 1);

			ValidationException e = assertThrows(ValidationException.class, () -> attachments.store(OWNER, record,
					"卷宗.pdf", new ByteArrayInputStream(big), CLERK));
			assertTrue(e.getMessage().contains("1 MB"), e.getMessage());
			assertEquals(List.of(), attachments.list(OWNER, record, CLERK));
			attachments.store(OWNER, record, "卷宗.pdf", new ByteArrayInputStream(Arrays.copyOf(big, 1024 * 1024)),
					CLERK);
		} finally {
			if (before == null) {
				Files.deleteIfExists(config);
			} else {
				Files.write(config, before);
			}
		}
	}

	@Test
	void programsScriptsAndFilesWhoseContentBeliesTheirNameAreRefused() {
		String record = record("type-");
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		refused(record, "setup.exe", program);
		refused(record, "公函.pdf", program);
		refused(record, "说明.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
		refused(record, "照片.jpg", pdf("不是图片"));
		refused(record, "数据.txt", new byte[] { 'a', 0, 1, 2 });
		refused(record, "宏.js", "alert(1)".getBytes(StandardCharsets.US_ASCII));
		assertEquals(List.of(), attachments.list(OWNER, record, CLERK));
	}

	@Test
	void takingOverAnOldFileKeepsWhoAddedItAndWhenAndRunsOnlyOnce() {
		String record = record("secret-adopt-");
		byte[] old = "早年的笔录".getBytes(StandardCharsets.UTF_8);
		Instant then = Instant.parse("2023-05-06T07:08:09Z");

		StoredAttachment first = attachments.adopt(OWNER, record, "笔录.dat", new ByteArrayInputStream(old),
				"supervisor", then);
		StoredAttachment again = attachments.adopt(OWNER, record, "笔录.dat", new ByteArrayInputStream(old),
				"supervisor", then);

		assertEquals(first, again);
		assertEquals("supervisor", first.createdBy());
		assertEquals(then, first.createdAt());
		assertTrue(first.sealed());
		assertEquals(List.of(first), attachments.list(OWNER, record, CLERK));
		assertArrayEquals(old, open(record, first.id(), CLERK));
	}

	@Test
	void aDatabaseBackupHoldsTheAttachments(@TempDir Path dir) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection()) {
			// PostgreSQL is backed up with pg_dump, which holds bytea columns like any other
			assumeTrue(c.getMetaData().getDatabaseProductName().contains("Derby"), "online backup is Derby's");
		}
		String record = record("backup-");
		byte[] pdf = pdf("备份 " + System.nanoTime());
		StoredAttachment stored = attachments.store(OWNER, record, "备份.pdf", new ByteArrayInputStream(pdf), CLERK);
		DatabaseService database = Osgi.service(DatabaseService.class);
		Path backup = database.backup(dir);

		attachments.delete(OWNER, record, stored.id(), CLERK);
		database.restore(backup);

		AttachmentService restored = Osgi.service(AttachmentService.class);
		assertEquals(List.of(stored), restored.list(OWNER, record, CLERK));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		restored.open(OWNER, record, stored.id(), "恢复后核对", out, CLERK);
		assertArrayEquals(pdf, out.toByteArray());
	}

	private void refused(String record, String name, byte[] content) {
		assertThrows(ValidationException.class,
				() -> attachments.store(OWNER, record, name, new ByteArrayInputStream(content), CLERK), name);
	}

	private byte[] open(String record, long id, Principal actor) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		attachments.open(OWNER, record, id, "核对", out, actor);
		return out.toByteArray();
	}

	private static String record(String prefix) {
		return prefix + RECORDS.incrementAndGet() + "-" + System.nanoTime();
	}

	private static byte[] pdf(String text) {
		return ("%PDF-1.7\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	/** What the database holds for the file, read past the service. */
	private static byte[] storedBytes(long id) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(
						"select content from attachment_content where attachment_id = ?")) {
			s.setLong(1, id);
			try (ResultSet row = s.executeQuery()) {
				assertTrue(row.next());
				return row.getBytes(1);
			}
		}
	}
}
