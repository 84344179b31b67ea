package ducha.petitions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DataFolder;
import ducha.core.attachments.AttachmentService;
import ducha.core.jpa.Jpa;
import ducha.core.security.Sealer;

/**
 * The upgrade step from the plugin's own attachment folder ({@code petitions/attachments} of the data folder, one
 * sealed file per row of {@code petition_attachment}) to the platform's attachment service: on start every file
 * still listed is opened with the petitions key and handed to {@link AttachmentService#adopt} with who added it and
 * when; then its row and its file go. A file that cannot be read stays with its row (logged) for the next start;
 * a start interrupted half-way repeats nothing twice, since adopting the same file again stores nothing.
 */
@Component(service = LegacyAttachmentFiles.class)
public class LegacyAttachmentFiles {

	private static final ILog LOG = ILog.of(LegacyAttachmentFiles.class);

	@Reference
	private PetitionsUnit unit;

	@Reference
	private AttachmentService attachments;

	@Reference
	private Sealer sealer;

	// the owner's policy must be known to the platform before files are handed over
	@Reference
	private PetitionAttachments policy;

	/** One row of the old table with its petition's number. */
	private record OldFile(long id, String number, String fileName, String storedName, String addedBy,
			Timestamp addedAt) {
	}

	static Path folder() {
		return DataFolder.get().resolve("petitions").resolve("attachments");
	}

	@Activate
	void moveIntoTheDatabase() {
		List<OldFile> files = oldFiles();
		int moved = 0;
		for (OldFile file : files) {
			if (move(file)) {
				moved++;
			}
		}
		if (!files.isEmpty()) {
			LOG.info("Petitions: " + moved + " of " + files.size() + " attachment files moved into the database");
		}
	}

	private boolean move(OldFile file) {
		Path stored = folder().resolve(file.storedName());
		try (InputStream sealed = Files.newInputStream(stored);
				InputStream plain = sealer.opening(ReporterSeal.PURPOSE, sealed)) {
			attachments.adopt(PetitionAttachments.OWNER, file.number(), file.fileName(), plain, file.addedBy(),
					file.addedAt().toInstant());
		} catch (IOException | RuntimeException e) {
			LOG.error("Petitions: attachment " + stored + " of " + file.number()
					+ " could not be moved into the database; it stays where it is", e);
			return false;
		}
		Jpa.run(unit.emf(), em -> em.createNativeQuery("delete from petition_attachment where id = ?")
				.setParameter(1, file.id()).executeUpdate());
		try {
			Files.delete(stored);
		} catch (IOException e) {
			LOG.warn("Petitions: " + stored + " is in the database now but could not be deleted", e);
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private List<OldFile> oldFiles() {
		return Jpa.read(unit.emf(), em -> ((List<Object[]>) em.createNativeQuery(
				"select a.id, p.petition_no, a.file_name, a.stored_name, a.added_by, a.added_at"
						+ " from petition_attachment a join petition p on p.id = a.petition_id order by a.id")
				.getResultList()).stream()
				.map(r -> new OldFile(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
						(String) r[4], (Timestamp) r[5]))
				.toList());
	}
}
