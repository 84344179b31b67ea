package ducha.reports.internal.numbering;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.NumberingService;
import ducha.core.jpa.Counters;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.reports.internal.Messages;

/**
 * Counts with the platform's counter rows ({@link Counters}: {@code UPDATE ... SET last_number = last_number + 1}
 * locks the kind's row until the transaction ends, so a second desktop waits and then sees the committed count)
 * and records each issue in {@code issued_document} in the same transaction: no number twice, and one that is
 * rolled back is handed out again. A kind's counter new to a year starts after the numbers issued before it.
 * Everything goes over the issuing transaction's connection by SQL, so a plugin's own unit can issue inside its
 * transaction.
 */
@Component
public class DefaultNumberingService implements NumberingService {

	private static final int MAX_KIND_LENGTH = 100;
	private static final String RECORD = "insert into issued_document (kind, doc_year, doc_number, title, issued_at,"
			+ " issued_by) values (?, ?, ?, ?, ?, ?)";
	private static final String LAST = "select max(doc_number) from issued_document where kind = ? and doc_year = ?";

	@Reference(target = "(osgi.unit.name=ducha.reports)")
	private EntityManagerFactory emf;

	// the counters are the core's table: the core's unit is registered once its migrations made it
	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory coreSchemaReady;

	@Override
	public DocumentNumber issue(String kind, int year, String title, Principal actor) {
		check(kind, year);
		try {
			return Jpa.write(emf, em -> take(em, kind, year, title, actor));
		} catch (DuchaException e) {
			throw new DuchaException(Language.format(Messages.Numbering_failed, kind, year, e.getMessage()), e);
		}
	}

	@Override
	public DocumentNumber issueIn(EntityManager em, String kind, int year, String title, Principal actor) {
		check(kind, year);
		return take(em, kind, year, title, actor);
	}

	private static DocumentNumber take(EntityManager em, String kind, int year, String title, Principal actor) {
		int number = Counters.next(em, kind, year, () -> lastIssued(em, kind, year));
		em.createNativeQuery(RECORD).setParameter(1, kind).setParameter(2, year).setParameter(3, number)
				.setParameter(4, title == null ? "" : title)
				.setParameter(5, Timestamp.valueOf(LocalDateTime.now())).setParameter(6, actor.username())
				.executeUpdate();
		return new DocumentNumber(kind, year, number);
	}

	@Override
	public int lastIssued(String kind, int year) {
		try {
			return Jpa.read(emf, em -> lastIssued(em, kind, year));
		} catch (DuchaException e) {
			throw new DuchaException(Language.format(Messages.Numbering_readFailed, e.getMessage()), e);
		}
	}

	private static int lastIssued(EntityManager em, String kind, int year) {
		Object last = em.createNativeQuery(LAST).setParameter(1, kind).setParameter(2, year).getSingleResult();
		return last == null ? 0 : ((Number) last).intValue();
	}

	private static void check(String kind, int year) {
		if (kind == null || kind.isBlank() || kind.length() > MAX_KIND_LENGTH) {
			throw new ValidationException(Language.format(Messages.Numbering_badKind, kind));
		}
		if (year < 1900 || year > 9999) {
			throw new ValidationException(Language.format(Messages.Numbering_badYear, year));
		}
	}
}
