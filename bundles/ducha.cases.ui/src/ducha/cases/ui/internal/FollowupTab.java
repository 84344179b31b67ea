package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.StaffChooser;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/**
 * 整改跟踪: the rectification follow-ups of the selected finding, the form to open one with the department's
 * integrity supervisor, and the verification that closes the selected follow-up.
 */
final class FollowupTab extends FindingTab<FollowupTab.Row> {

	/** A follow-up with the supervisor's name, resolved in the job. */
	record Row(RectificationFollowup followup, String supervisor) {
	}

	private final DateField opened;
	private final StaffChooser supervisor;
	private final Text measures;
	private final Button open;
	private final DateField verified;
	private final Text verification;
	private final Button verify;

	FollowupTab(Composite parent, ReviewPart.Actions actions) {
		super(parent, actions, "followup", Row.class,
				new Column<Row>(Messages.Review_opened, 95, r -> r.followup().openedDate().toString()),
				new Column<Row>(Messages.Review_supervisor, 100, Row::supervisor),
				new Column<Row>(Messages.Review_measures, 170, r -> r.followup().measures()),
				new Column<Row>(Messages.Review_verified, 95, r -> state(r.followup())),
				new Column<Row>(Messages.Review_verification, 160, r -> r.followup().verification()));
		opened = Forms.date(form, Messages.Review_opened, "followup.opened", LocalDate.now());
		supervisor = new StaffChooser(form, "followup.supervisor", Messages.Review_followupSupervisor, List.of(),
				DepartmentNames.of(List.of()));
		measures = Forms.area(form, Messages.Review_measures, "followup.measures", 3);
		open = Forms.action(form, "followup.open", Messages.Review_openFollowup);
		open.addListener(SWT.Selection, e -> open());
		verified = Forms.date(form, Messages.Review_verifiedOn, "followup.verified", LocalDate.now());
		verification = Forms.area(form, Messages.Review_verification, "followup.verification", 2);
		verify = Forms.action(form, "followup.verify", Messages.Review_verify);
		verify.addListener(SWT.Selection, e -> verify());
		table.onSelect(row -> verify.setEnabled(row != null && !row.followup().isClosed()));
	}

	/** The staff to choose from, read by the part off the UI thread. */
	void offer(List<Staff> staff, DepartmentNames departments) {
		supervisor.offer(staff, departments);
	}

	private static String state(RectificationFollowup followup) {
		return followup.isClosed() ? followup.verifiedDate().toString() : Messages.Review_followupOpen;
	}

	void show(ReviewFinding selected) {
		open.setEnabled(selected != null);
		verify.setEnabled(false);
		long id = selected == null ? 0 : selected.id();
		show(selected, selected == null ? null
				: NLS.bind(Messages.Review_followupOf, selected.caseNo(), selected.type().label()),
				() -> actions.review().followups(id).stream()
						.map(f -> new Row(f, actions.names().staffWithNo(f.supervisorNo()))).toList());
	}

	private void open() {
		if (!Forms.readable(opened)) {
			return;
		}
		long id = finding().id();
		LocalDate day = Forms.day(opened);
		Staff chosen = supervisor.chosen();
		String supervisorNo = chosen == null ? "" : chosen.staffNo();
		String text = measures.getText().strip();
		actions.change(Messages.Review_openFollowup,
				() -> actions.review().openFollowup(id, day, supervisorNo, text, actions.principal()),
				followup -> measures.setText(""));
	}

	private void verify() {
		Row row = table.selected();
		if (row == null) {
			return;
		}
		if (!Forms.readable(verified)) {
			return;
		}
		long id = row.followup().id();
		long seen = row.followup().version();
		LocalDate day = Forms.day(verified);
		String text = verification.getText().strip();
		actions.change(Messages.Review_verify,
				() -> actions.review().verifyFollowup(id, seen, day, text, actions.principal()),
				followup -> verification.setText(""));
	}
}
