package ducha.reports.internal.numbering;

import java.sql.SQLException;
import java.time.LocalDateTime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.NumberingService;
import ducha.reports.internal.Messages;

/**
 * Counts in a row per kind and year. {@code UPDATE ... SET last_number = last_number + 1} locks that row until the
 * transaction ends, so a second desktop's update waits and then sees the committed count: no number twice, and a
 * number is only used up when its issue record commits with it, so none is skipped. When the row does not exist
 * yet, two desktops may both insert it; the loser gets a duplicate-key error and simply tries again.
 */
@Component
public class DefaultNumberingService implements NumberingService {

	private static final int ATTEMPTS = 10;
	private static final int MAX_KIND_LENGTH = 100;

	@Reference(target = "(osgi.unit.name=ducha.reports)")
	private EntityManagerFactory emf;

	@Override
	public DocumentNumber issue(String kind, int year, String title, Principal actor) {
		if (kind == null || kind.isBlank() || kind.length() > MAX_KIND_LENGTH) {
			throw new ValidationException(Language.format(Messages.Numbering_badKind, kind));
		}
		if (year < 1900 || year > 9999) {
			throw new ValidationException(Language.format(Messages.Numbering_badYear, year));
		}
		for (int attempt = 1;; attempt++) {
			try {
				return tryIssue(kind, year, title == null ? "" : title, actor);
			} catch (PersistenceException e) {
				if (attempt >= ATTEMPTS || !isConflict(e)) {
					throw new DuchaException(
							Language.format(Messages.Numbering_failed, kind, year, e.getMessage()), e);
				}
				ILog.of(getClass()).info("numbering conflict on " + kind + "/" + year + ", attempt " + attempt);
			}
		}
	}

	private DocumentNumber tryIssue(String kind, int year, String title, Principal actor) {
		EntityManager em = emf.createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			int updated = em.createNativeQuery(
					"update document_counter set last_number = last_number + 1 where kind = ? and doc_year = ?")
					.setParameter(1, kind).setParameter(2, year).executeUpdate();
			if (updated == 0) {
				em.createNativeQuery("insert into document_counter (kind, doc_year, last_number) values (?, ?, 1)")
						.setParameter(1, kind).setParameter(2, year).executeUpdate();
			}
			int number = ((Number) em
					.createNativeQuery("select last_number from document_counter where kind = ? and doc_year = ?")
					.setParameter(1, kind).setParameter(2, year).getSingleResult()).intValue();
			em.persist(new IssuedDocumentEntity(kind, year, number, title, LocalDateTime.now(), actor.username()));
			tx.commit();
			return new DocumentNumber(kind, year, number);
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	@Override
	public int lastIssued(String kind, int year) {
		EntityManager em = emf.createEntityManager();
		try {
			return em.createNativeQuery("select last_number from document_counter where kind = ? and doc_year = ?")
					.setParameter(1, kind).setParameter(2, year).getResultList().stream()
					.mapToInt(n -> ((Number) n).intValue()).findFirst().orElse(0);
		} catch (PersistenceException e) {
			throw new DuchaException(Language.format(Messages.Numbering_readFailed, e.getMessage()), e);
		} finally {
			em.close();
		}
	}

	/** Duplicate key (SQL state class 23), deadlock or lock timeout (class 40): another desktop was faster. */
	private static boolean isConflict(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
