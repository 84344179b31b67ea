package ducha.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A supervision order (督办单) on one case.
 *
 * @param id            stored id
 * @param caseNo        the case's canonical number
 * @param level         who supervises now (raised on escalation)
 * @param responsibleNo 工号 of the person who must finish the work
 * @param issuedBy      user who issued it
 * @param issuedDate    day issued
 * @param deadline      current deadline (moved by approved extensions)
 * @param status        open, in progress, closed, overdue
 * @param closedDate    day closed, null while active
 * @param subject       what must be done
 * @param version       the stored version this view was read at, named by the next step of the order
 */
public record SupervisionOrder(long id, String caseNo, SupervisionLevel level, String responsibleNo, String issuedBy,
		LocalDate issuedDate, LocalDate deadline, OrderStatus status, LocalDate closedDate, String subject,
		long version) {

	public SupervisionOrder {
		Objects.requireNonNull(caseNo, "caseNo");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(issuedDate, "issuedDate");
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(status, "status");
	}
}
