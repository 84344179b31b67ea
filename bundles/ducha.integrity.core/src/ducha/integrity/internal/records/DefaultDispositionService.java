package ducha.integrity.internal.records;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.DispositionEntity;

/** Dispositions on table {@code integrity_disposition}. */
@Component
public class DefaultDispositionService implements DispositionService {

	@Reference
	private StaffRecords records;

	@Override
	public List<Disposition> dispositions(String staffNo, Principal reader) {
		return records.of(DispositionEntity.class, staffNo, reader, Messages.readDispositions);
	}

	@Override
	public Disposition record(Disposition d, Principal actor) {
		records.checkWrite(actor);
		Checks checks = new Checks();
		Staff staff = records.staff(d.staffNo(), checks);
		checks.required(d.basis(), Messages.fieldBasis);
		checks.maxLength(d.basis(), Messages.fieldBasis, 1000);
		checks.maxLength(d.decidedBy(), Messages.fieldDecidedBy, 100);
		checks.maxLength(d.note(), Messages.fieldNote, 2000);
		checks.throwIfAny();
		Disposition stored = records.store(d.recordNo(), DispositionEntity.class, "CL", d.date().getYear(),
				no -> new Disposition(0, no, d.staffNo(), d.type(), d.date(), d.basis(), d.decidedBy(), d.note()),
				(em, done) -> records.audit(em, actor, "integrity.disposition.record", staff.staffNo(),
						done.recordNo() + " " + done.type().label() + " " + done.date() + " " + staff.name()));
		return stored;
	}
}
