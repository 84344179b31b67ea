package ducha.cases.internal.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.cases.BulletinDocuments;
import ducha.cases.CasePermissions;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.cases.internal.Messages;
import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.directory.DirectoryService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentService;
import ducha.core.documents.OfficialDocument;
import ducha.core.jpa.Jpa;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManagerFactory;

/** Composes case bulletins from their findings and writes them through the platform's document service. */
@Component
public class DefaultBulletinDocuments implements BulletinDocuments {

	@Reference(target = "(osgi.unit.name=ducha.cases)")
	private EntityManagerFactory emf;

	@Reference
	private ReviewService review;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	/** Optional: the case plugin works without the platform's documents; only writing them needs the service. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile DocumentService documents;

	@Override
	public OfficialDocument compose(long bulletinId, Principal reader) {
		authorization.check(reader, CasePermissions.READ);
		BulletinRecord bulletin = bulletin(bulletinId);
		for (String department : bulletin.departments()) {
			if (!reader.scope().includes(department)) {
				throw new AccessDeniedException(NLS.bind(Messages.bulletinOutOfScope, bulletin.label()));
			}
		}
		List<ReviewFinding> findings = review.findingsOf(bulletinId, reader);
		Map<ReviewFinding, List<RectificationFollowup>> followups = new HashMap<>();
		int talks = 0;
		for (ReviewFinding f : findings) {
			followups.put(f, review.followups(f.id()));
			talks += review.talks(f.id()).size();
		}
		return new BulletinText(directory).document(bulletin, findings, followups, talks, OFFICE);
	}

	@Override
	public boolean canWrite() {
		return documents != null;
	}

	@Override
	public void write(long bulletinId, DocumentFormat format, OutputStream out, Principal reader)
			throws IOException {
		DocumentService service = documents;
		if (service == null) {
			throw new DuchaException(Messages.noDocumentService);
		}
		service.write(compose(bulletinId, reader), format, out);
	}

	@Override
	public void write(long bulletinId, DocumentFormat format, Path file, Principal reader) {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new DuchaException(NLS.bind(Messages.folderMissing, folder));
		}
		// composed before the file is opened, so that a refusal leaves no empty file behind
		OfficialDocument document = compose(bulletinId, reader);
		DocumentService service = documents;
		if (service == null) {
			throw new DuchaException(Messages.noDocumentService);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			service.write(document, format, out);
		} catch (IOException e) {
			throw new DuchaException(NLS.bind(Messages.writeFailed, file, e.getMessage()), e);
		}
	}

	private BulletinRecord bulletin(long id) {
		return Jpa.read(emf, em -> {
			List<Object[]> rows = em.createQuery("select b.year, b.issueNo, b.issuedDate, b.title from BulletinEntity b"
					+ " where b.id = :id", Object[].class).setParameter("id", id).getResultList();
			if (rows.isEmpty()) {
				throw new NotFoundException(NLS.bind(Messages.noBulletin, id));
			}
			Object[] row = rows.get(0);
			List<String> departments = new ArrayList<>(em.createQuery("select distinct f.departmentCode from"
					+ " FindingEntity f where f.bulletinId = :id", String.class).setParameter("id", id)
					.getResultList());
			return new BulletinRecord(id, (Integer) row[0], (Integer) row[1], (LocalDate) row[2], (String) row[3],
					departments);
		});
	}
}
