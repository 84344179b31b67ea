package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.cases.FindingType;

/** 登记问题: a review finding of the trial management office; the service checks the case and the staff member. */
final class FindingForm {

	private final Composite control;
	private final Text caseNo;
	private final Combo type;
	private final Text staff;
	private final DateField found;
	private final Text description;

	FindingForm(Composite parent, ReviewPart.Actions actions) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
		caseNo = Forms.text(control, Messages.Cases_colNo, "finding.case");
		caseNo.setMessage(Messages.Order_caseHint);
		type = Forms.choice(control, Messages.Review_colType, "finding.type",
				Arrays.stream(FindingType.values()).map(FindingType::label).toArray(String[]::new));
		staff = Forms.text(control, Messages.Review_staffNo, "finding.staff");
		found = Forms.date(control, Messages.Review_colDate, "finding.date", LocalDate.now());
		description = Forms.area(control, Messages.Review_colDescription, "finding.description", 4);
		Forms.action(control, "finding.add", Messages.Review_addFinding).addListener(SWT.Selection, e -> {
			String no = caseNo.getText().strip();
			FindingType kind = FindingType.values()[type.getSelectionIndex()];
			String staffNo = staff.getText().strip();
			LocalDate day = Forms.day(found);
			String text = description.getText().strip();
			actions.change(Messages.Review_addFinding,
					() -> actions.review().addFinding(no, kind, staffNo, day, text, actions.principal()),
					added -> clear());
		});
	}

	Composite control() {
		return control;
	}

	private void clear() {
		caseNo.setText("");
		staff.setText("");
		description.setText("");
	}
}
