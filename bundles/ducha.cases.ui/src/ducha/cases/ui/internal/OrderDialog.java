package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * 新建督办: the case, the level, the deadline, the responsible person (chosen by name; the order stores their 工号)
 * and what must be done.
 */
final class OrderDialog extends FormDialog<SupervisionOrder> {

	/** What the user entered. */
	record Entered(String caseNo, SupervisionLevel level, LocalDate deadline, String responsibleNo, String subject) {
	}

	private final String initialCase;
	private final Function<Entered, Callable<SupervisionOrder>> store;
	private Text caseNo;
	private Combo level;
	private DateField deadline;
	/** Who may be made responsible, read off the UI thread before the form opens. */
	private final List<Staff> staff;
	private final DepartmentNames departments;
	private StaffChooser responsible;
	private Text subject;

	OrderDialog(Shell parent, Background background, String initialCase, List<Staff> staff,
			DepartmentNames departments, Function<Entered, Callable<SupervisionOrder>> store) {
		super(parent, background, Messages.Order_newTitle);
		this.initialCase = initialCase;
		this.staff = staff;
		this.departments = departments;
		this.store = store;
	}

	@Override
	protected void fields(Composite form) {
		caseNo = Forms.text(form, Messages.Cases_colNo, "order.case");
		caseNo.setMessage(Messages.Order_caseHint);
		if (initialCase != null) {
			caseNo.setText(initialCase);
		}
		level = Forms.choice(form, Messages.Order_colLevel, "order.level",
				Arrays.stream(SupervisionLevel.values()).map(SupervisionLevel::label).toArray(String[]::new));
		deadline = Forms.date(form, Messages.Order_colDeadline, "order.deadline", LocalDate.now().plusDays(30));
		responsible = new StaffChooser(form, "order.responsible", Messages.Order_responsible, staff, departments);
		subject = Forms.area(form, Messages.Order_colSubject, "order.subject", 3);
	}

	@Override
	protected List<String> problems() {
		List<String> missing = new ArrayList<>();
		if (caseNo.getText().isBlank()) {
			missing.add(Messages.Order_caseMissing);
		}
		if (responsible.chosen() == null) {
			missing.add(Messages.Order_responsibleMissing);
		}
		if (subject.getText().isBlank()) {
			missing.add(Messages.Order_subjectMissing);
		}
		return missing;
	}

	@Override
	protected Callable<SupervisionOrder> save() {
		return store.apply(new Entered(caseNo.getText().strip(), SupervisionLevel.values()[level.getSelectionIndex()],
				Forms.day(deadline), responsible.chosen().staffNo(), subject.getText().strip()));
	}
}
