package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionService;
import ducha.integrity.DispositionType;

/** Records a disposition about one staff member: its form (谈话提醒, 批评教育, …), basis, date and who decided. */
final class DispositionDialog extends SavingDialog<Disposition> {

	private final DispositionService dispositions;
	private final Principal principal;
	private final Staff staff;

	private Combo type;
	private DateTime date;
	private Text basis;
	private Text decidedBy;
	private Text note;

	DispositionDialog(Shell parent, UISynchronize sync, DispositionService dispositions, Principal principal,
			Staff staff) {
		super(parent, sync);
		this.dispositions = dispositions;
		this.principal = principal;
		this.staff = staff;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Disposition_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Disposition_heading, staff.name(), staff.staffNo()));
		setMessage(Messages.Disposition_message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		Forms.label(form, Messages.Disposition_type);
		type = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (DispositionType t : DispositionType.values()) {
			type.add(t.label());
		}
		type.select(0);
		date = Forms.date(form, Messages.Disposition_date, LocalDate.now());
		basis = Forms.area(form, Messages.Disposition_basis, 4);
		decidedBy = Forms.line(form, Messages.Disposition_decidedBy);
		note = Forms.area(form, Messages.Disposition_note, 2);
		return area;
	}

	@Override
	protected Callable<Disposition> collect() {
		LocalDate day = Forms.get(date);
		String why = Forms.value(basis);
		if (day.isAfter(LocalDate.now())) {
			setErrorMessage(Messages.Form_dateInFuture);
			return null;
		}
		if (why == null) {
			setErrorMessage(Messages.Disposition_basisMissing);
			return null;
		}
		Disposition d = new Disposition(0, null, staff.staffNo(), DispositionType.values()[type.getSelectionIndex()],
				day, why, Forms.value(decidedBy), Forms.value(note));
		return () -> dispositions.record(d, principal);
	}
}
