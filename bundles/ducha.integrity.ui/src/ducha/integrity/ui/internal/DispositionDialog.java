package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.DispositionType;

/** Records a disposition about one staff member: its form (谈话提醒, 批评教育, …), basis, date and who decided. */
final class DispositionDialog extends FormDialog<Disposition> {

	private final DispositionService dispositions;
	private final Principal principal;
	private final Staff staff;

	private Combo type;
	private DateField date;
	private Text basis;
	private Text decidedBy;
	private Text note;

	DispositionDialog(Shell parent, Background background, DispositionService dispositions, Principal principal,
			Staff staff) {
		super(parent, background, Messages.Disposition_title,
				NLS.bind(Messages.Disposition_heading, staff.name(), staff.staffNo()), Messages.Disposition_message);
		this.dispositions = dispositions;
		this.principal = principal;
		this.staff = staff;
	}

	@Override
	protected void fields(Composite form) {
		type = Forms.choice(form, Messages.Disposition_type, null,
				List.of(DispositionType.values()).stream().map(DispositionType::label).toArray(String[]::new));
		date = Forms.date(form, Messages.Disposition_date, null, LocalDate.now());
		basis = Forms.area(form, Messages.Disposition_basis, null, 4);
		decidedBy = Forms.text(form, Messages.Disposition_decidedBy, null);
		note = Forms.area(form, Messages.Disposition_note, null, 2);
	}

	@Override
	protected List<String> problems() {
		if (Forms.day(date).isAfter(LocalDate.now())) {
			return List.of(Messages.Form_dateInFuture);
		}
		return Forms.optional(basis) == null ? List.of(Messages.Disposition_basisMissing) : List.of();
	}

	@Override
	protected Callable<Disposition> save() {
		Disposition d = new Disposition(0, null, staff.staffNo(), DispositionType.values()[type.getSelectionIndex()],
				Forms.day(date), Forms.optional(basis), Forms.optional(decidedBy), Forms.optional(note));
		return () -> dispositions.record(d, principal);
	}
}
