package ducha.study.internal.reviews;

import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.jpa.Jpa;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.study.ReviewAssignment;
import ducha.study.StudyPermissions;
import ducha.study.internal.jpa.AssignmentEntity;
import ducha.study.internal.jpa.StudyUnit;

/**
 * What the study records and the monthly reviews share: the plugin's unit, the platform's services they check and
 * audit through, and the one question both ask of the stored assignment: is a department assigned to a reviewer.
 */
@Component(service = ReviewsUnit.class)
public class ReviewsUnit {

	@Reference(target = StudyUnit.TARGET)
	EntityManagerFactory emf;

	@Reference
	AuthorizationService authorization;

	@Reference
	AuditLog audit;

	@Reference
	DirectoryService directory;

	/** The month's stored assignment lines. */
	List<ReviewAssignment> assignments(YearMonth month) {
		return Jpa.read(emf, em -> assignments(em, month));
	}

	static List<ReviewAssignment> assignments(EntityManager em, YearMonth month) {
		return em.createQuery("select a from AssignmentEntity a where a.month = :month", AssignmentEntity.class)
				.setParameter("month", month.toString()).getResultList().stream().map(AssignmentEntity::toRecord)
				.toList();
	}

	/** True when the department is assigned to the reviewer in the month ({@code month} null: in any month). */
	boolean assigned(String staffNo, YearMonth month, String departmentCode) {
		if (staffNo == null) {
			return false;
		}
		return Jpa.read(emf, em -> {
			var query = em.createQuery("select count(a) from AssignmentEntity a where a.reviewerStaffNo = :reviewer"
					+ " and a.departmentCode = :department" + (month == null ? "" : " and a.month = :month"), Long.class)
					.setParameter("reviewer", staffNo).setParameter("department", departmentCode);
			if (month != null) {
				query.setParameter("month", month.toString());
			}
			return query.getSingleResult() > 0;
		});
	}

	/**
	 * Refuses a reader of a department's study records who has neither the department in their scope nor a review
	 * of it assigned to them.
	 */
	void checkReadRecords(Principal reader, String departmentCode) {
		authorization.check(reader, StudyPermissions.RECORDS_READ);
		if (!mayReadRecords(reader, departmentCode)) {
			throw new AccessDeniedException(NLS.bind(Messages.deniedDepartment, departmentName(departmentCode)));
		}
	}

	/** Refuses a writer without the permission or the department in their scope. */
	void checkWrite(Principal actor, String permission, String departmentCode) {
		authorization.check(actor, permission);
		if (!authorization.canSeeDepartment(actor, departmentCode)) {
			throw new AccessDeniedException(NLS.bind(Messages.deniedDepartment, departmentName(departmentCode)));
		}
	}

	/** The storage of a ledger kind of the plugin, imports audited as {@code study.ledger.import}. */
	public LedgerStorage storage(String writePermission, String readPermission) {
		return LedgerStorage.of(emf, authorization, audit, writePermission, readPermission, "study.ledger.import");
	}

	public DirectoryService directory() {
		return directory;
	}

	/** Whether the reader may read the department's study records (see {@link #checkReadRecords}). */
	public boolean mayReadRecords(Principal reader, String departmentCode) {
		return authorization.isPermitted(reader, StudyPermissions.RECORDS_READ)
				&& (authorization.canSeeDepartment(reader, departmentCode)
						|| assigned(reader.staffNo(), null, departmentCode));
	}

	/** The department's name, or its code for a code the directory does not know. */
	public String departmentName(String code) {
		return directory.department(code).map(d -> d.name()).orElse(code);
	}

	/** Audits a change inside its transaction ({@code em} of the running write), so both commit or neither. */
	void audit(EntityManager em, Principal actor, String action, String objectType, String objectId, String detail) {
		audit.recordIn(em, actor, action, objectType, objectId, detail);
	}

	/** Audits what changes nothing in the unit (a document written), in a transaction of its own. */
	void auditUnchanged(Principal actor, String action, String objectType, String objectId, String detail) {
		audit.record(actor, action, objectType, objectId, detail);
	}
}
