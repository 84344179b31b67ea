package ducha.cases.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import ducha.cases.CaseNumber;
import ducha.cases.MarkKind;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * The marking history rules both the marking and the suggestion services follow, inside the caller's transaction:
 * a case carries a kind while its newest event of the kind is a mark, so marking appends a mark to a case without
 * one and unmarking appends an unmark to a case with one. Every event is appended here, so the stored four-kinds
 * flag of the register ({@link FourKindsFlag}) follows each one in the same transaction.
 */
final class MarkEvents {

	/** JPQL condition: event {@code e} is a mark with no later event of its case and kind. */
	static final String CURRENT = "e.action = ducha.cases.internal.MarkAction.MARK"
			+ " and not exists (select x from MarkEventEntity x"
			+ " where x.caseNo = e.caseNo and x.kind = e.kind and x.id > e.id)";

	static final int REASON_LENGTH = 1000;

	private MarkEvents() {
	}

	/** True when the case carries the kind now. */
	static boolean carries(EntityManager em, String caseNo, MarkKind kind) {
		MarkEventEntity newest = newest(em, caseNo, kind);
		return newest != null && newest.toMarking().marked();
	}

	/** The case's newest event of the kind, or null when it never had one. */
	static MarkEventEntity newest(EntityManager em, String caseNo, MarkKind kind) {
		List<MarkEventEntity> newest = em.createQuery("select e from MarkEventEntity e where e.caseNo = :no"
				+ " and e.kind = :kind order by e.id desc", MarkEventEntity.class).setParameter("no", caseNo)
				.setParameter("kind", kind).setMaxResults(1).getResultList();
		return newest.isEmpty() ? null : newest.get(0);
	}

	/** Appends the event after checking it changes the case's state. */
	static MarkEventEntity append(EntityManager em, String caseNo, MarkKind kind, boolean mark, String reason,
			Principal actor, Long suggestionId) {
		boolean carries = carries(em, caseNo, kind);
		if (mark && carries) {
			throw new ValidationException(NLS.bind(Messages.alreadyMarked, caseNo, kind.label()));
		}
		if (!mark && !carries) {
			throw new ValidationException(NLS.bind(Messages.notMarked, caseNo, kind.label()));
		}
		MarkEventEntity event = new MarkEventEntity(caseNo, kind, mark, reason, actor.username(),
				LocalDateTime.now(), suggestionId);
		em.persist(event);
		em.flush();
		if (kind.isFourKinds()) {
			FourKindsFlag.refresh(em, caseNo);
		}
		return event;
	}

	/** The case by number in any accepted spelling, if the principal may see its department. */
	static CaseEntity visibleCase(EntityManager em, String caseNo, Principal principal) {
		String key = CaseNumber.parse(caseNo).text();
		CaseEntity found = em.find(CaseEntity.class, key);
		if (found == null || !principal.scope().includes(found.departmentCode())) {
			throw new NotFoundException(NLS.bind(Messages.caseNotVisible, key));
		}
		return found;
	}

	/** The stripped reason; blank or too long is refused, naming what the reason is for. */
	static String reason(String text, String what) {
		String reason = text == null ? "" : text.strip();
		if (reason.isEmpty()) {
			throw new ValidationException(NLS.bind(Messages.reasonMissing, what));
		}
		if (reason.length() > REASON_LENGTH) {
			throw new ValidationException(NLS.bind(Messages.reasonTooLong, what, REASON_LENGTH, reason.length()));
		}
		return reason;
	}
}
