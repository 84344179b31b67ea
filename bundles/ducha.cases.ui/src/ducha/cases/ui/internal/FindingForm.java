package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.cases.FindingType;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * 登记问题: a review finding of the trial management office; the service checks the case and the staff member, who
 * is chosen by name once the part has read the staff list ({@link #offer}).
 */
final class FindingForm {

	private final Composite control;
	private final Text caseNo;
	private final Combo type;
	private final StaffChooser staff;
	private final DateField found;
	private final Text description;

	FindingForm(Composite parent, ReviewPart.Actions actions) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
		caseNo = Forms.text(control, Messages.Cases_colNo, "finding.case");
		caseNo.setMessage(Messages.Order_caseHint);
		type = Forms.choice(control, Messages.Review_colType, "finding.type",
				Arrays.stream(FindingType.values()).map(FindingType::label).toArray(String[]::new));
		staff = new StaffChooser(control, "finding.staff", Messages.Review_staff, List.of(),
				DepartmentNames.of(List.of()));
		found = Forms.date(control, Messages.Review_colDate, "finding.date", LocalDate.now());
		description = Forms.area(control, Messages.Review_colDescription, "finding.description", 4);
		Forms.action(control, "finding.add", Messages.Review_addFinding).addListener(SWT.Selection, e -> {
			if (!Forms.readable(found)) {
				return;
			}
			String no = caseNo.getText().strip();
			FindingType kind = FindingType.values()[type.getSelectionIndex()];
			Staff chosen = staff.chosen();
			String staffNo = chosen == null ? "" : chosen.staffNo();
			LocalDate day = Forms.day(found);
			String text = description.getText().strip();
			actions.change(Messages.Review_addFinding,
					() -> actions.review().addFinding(no, kind, staffNo, day, text, actions.principal()),
					added -> clear());
		});
	}

	/** The staff to choose the finding's person from, read by the part off the UI thread. */
	void offer(List<Staff> people, DepartmentNames departments) {
		staff.offer(people, departments);
	}

	Composite control() {
		return control;
	}

	private void clear() {
		caseNo.setText("");
		staff.clear();
		description.setText("");
	}
}
