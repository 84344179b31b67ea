package ducha.integrity.internal.records;

import ducha.core.jpa.Jpa;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.Staff;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.internal.archive.ArchiveAccess;
import ducha.integrity.internal.jpa.DispositionEntity;

/** Dispositions on table {@code integrity_disposition}. */
@Component
public class DefaultDispositionService implements DispositionService {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private ArchiveAccess access;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	@Override
	public List<Disposition> dispositions(String staffNo, Principal reader) {
		access.checkRead(access.staff(staffNo), reader, "处理记录");
		return Jpa.read(emf, em -> em
				.createQuery("select d from DispositionEntity d where d.staffNo = :no order by d.date, d.id",
						DispositionEntity.class)
				.setParameter("no", staffNo).getResultList().stream().map(DispositionEntity::toRecord).toList());
	}

	@Override
	public Disposition record(Disposition disposition, Principal actor) {
		authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
		Checks checks = new Checks();
		Staff staff = null;
		try {
			staff = access.staff(disposition.staffNo());
		} catch (NotFoundException e) {
			checks.fail(e.getMessage());
		}
		checks.required(disposition.basis(), "处理依据");
		checks.maxLength(disposition.basis(), "处理依据", 1000);
		checks.maxLength(disposition.decidedBy(), "决定机关", 100);
		checks.maxLength(disposition.note(), "备注", 2000);
		checks.throwIfAny();
		Disposition stored = Jpa.write(emf, em -> {
			String no = disposition.recordNo() == null || disposition.recordNo().isBlank()
					? RecordNumbers.next(em, "DispositionEntity", "CL", disposition.date().getYear())
					: disposition.recordNo();
			DispositionEntity entity = new DispositionEntity(new Disposition(0, no, disposition.staffNo(),
					disposition.type(), disposition.date(), disposition.basis(), disposition.decidedBy(),
					disposition.note()));
			em.persist(entity);
			em.flush();
			return entity.toRecord();
		});
		audit.record(actor, "integrity.disposition.record", "staff", staff.staffNo(),
				stored.recordNo() + " " + stored.type().label() + " " + stored.date() + " " + staff.name());
		return stored;
	}
}
