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
import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;

/** 提醒谈话: the talks held over the selected finding and the form to record one with its staff member. */
final class TalkTab extends FindingTab<TalkTab.Row> {

	/** A talk with the names of those present, resolved in the job. */
	record Row(ReminderTalk talk, String heldBy, String supervisor) {
	}

	private final DateField date;
	private final StaffChooser heldBy;
	private final StaffChooser supervisor;
	private final Text content;
	private final Button hold;

	TalkTab(Composite parent, ReviewPart.Actions actions) {
		super(parent, actions, "talk", Row.class,
				new Column<Row>(Messages.Review_colDate, 95, r -> r.talk().date().toString()),
				new Column<Row>(Messages.Review_heldBy, 100, Row::heldBy),
				new Column<Row>(Messages.Review_supervisor, 100, Row::supervisor),
				new Column<Row>(Messages.Review_content, 260, r -> r.talk().content()));
		date = Forms.date(form, Messages.Review_colDate, "talk.date", LocalDate.now());
		heldBy = new StaffChooser(form, "talk.heldBy", Messages.Review_heldBy, List.of(),
				DepartmentNames.of(List.of()));
		supervisor = StaffChooser.optional(form, "talk.supervisor", Messages.Review_supervisor, List.of(),
				DepartmentNames.of(List.of()));
		content = Forms.area(form, Messages.Review_content, "talk.content", 4);
		hold = Forms.action(form, "talk.hold", Messages.Review_holdTalk);
		hold.addListener(SWT.Selection, e -> hold());
	}

	/** The staff to choose from, read by the part off the UI thread. */
	void offer(List<Staff> staff, DepartmentNames departments) {
		heldBy.offer(staff, departments);
		supervisor.offer(staff, departments);
	}

	/** Shows the talks of the finding (null: none selected); staff is the finding's staff member as shown. */
	void show(ReviewFinding selected, String staff) {
		hold.setEnabled(selected != null);
		long id = selected == null ? 0 : selected.id();
		show(selected, selected == null ? null : NLS.bind(Messages.Review_talkWith, selected.caseNo(), staff),
				() -> actions.review().talks(id).stream().map(t -> new Row(t, actions.names().staffWithNo(t.heldByNo()),
						actions.names().staffWithNo(t.supervisorNo()))).toList());
	}

	private void hold() {
		if (!Forms.readable(date)) {
			return;
		}
		long id = finding().id();
		LocalDate day = Forms.day(date);
		Staff chosen = heldBy.chosen();
		String leader = chosen == null ? "" : chosen.staffNo();
		Staff present = supervisor.chosen();
		String presentNo = present == null ? null : present.staffNo();
		String text = content.getText().strip();
		actions.change(Messages.Review_holdTalk,
				() -> actions.review().holdTalk(id, day, leader, presentNo, text, actions.principal()),
				talk -> content.setText(""));
	}
}
