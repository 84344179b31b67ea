package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;
import ducha.core.demo.DemoAccounts;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.petitions.Attachment;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/** Attachments are stored encrypted as files in the data folder (not in the database) and read back unchanged. */
class AttachmentsTest {

	private final PetitionService petitions = Osgi.service(PetitionService.class);

	@Test
	void anAttachmentIsStoredOutsideTheDatabaseEncryptedAndReadBackByteForByte(@TempDir Path dir)
			throws IOException {
		Petition p = assignedPetition();
		String marker = "举报材料：某某于三月五日在茶楼会见当事人 " + System.nanoTime();
		byte[] content = (marker + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
		Path scan = Files.write(dir.resolve("举报信扫描件.txt"), content);
		List<Path> storedBefore = storedFiles();

		Attachment added = petitions.addAttachment(p.number(), scan, Court.supervisor());

		assertEquals("举报信扫描件.txt", added.fileName());
		assertEquals(content.length, added.size());
		assertEquals(List.of(added), petitions.attachments(p.number(), Court.director()));
		List<Path> storedNow = storedFiles();
		storedNow.removeAll(storedBefore);
		assertEquals(1, storedNow.size(), "one new file in the data folder's attachment store");
		byte[] stored = Files.readAllBytes(storedNow.get(0));
		assertFalse(new String(stored, StandardCharsets.ISO_8859_1)
				.contains(new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
				"stored encrypted");
		assertFalse(Arrays.equals(content, stored));

		Path copy = dir.resolve("copy.txt");
		petitions.exportAttachment(p.number(), added.id(), copy, "核对举报材料", Court.supervisor());
		assertArrayEquals(content, Files.readAllBytes(copy));
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

	private Petition assignedPetition() {
		Petition p = Court.register(Reporter.ANONYMOUS, LocalDate.now(), Court.judges(1));
		petitions.assign(p.number(), List.of(DemoAccounts.SUPERVISOR), Court.director());
		return p;
	}

	private static List<Path> storedFiles() throws IOException {
		Path folder = DataFolder.get().resolve("petitions").resolve("attachments");
		if (!Files.isDirectory(folder)) {
			return new java.util.ArrayList<>();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return new java.util.ArrayList<>(files.toList());
		}
	}
}
