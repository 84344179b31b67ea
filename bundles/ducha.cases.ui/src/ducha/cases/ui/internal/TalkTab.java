package ducha.cases.ui.internal;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable.Column;
import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;

/** 提醒谈话: the talks held over the selected finding and the form to record one with its staff member. */
final class TalkTab extends FindingTab<TalkTab.Row> {

	/** A talk with the names of those present, resolved in the job. */
	record Row(ReminderTalk talk, String heldBy, String supervisor) {
	}

	private final DateField date;
	private final Text heldBy;
	private final Text supervisor;
	private final Text content;
	private final Button hold;

	TalkTab(Composite parent, ReviewPart.Actions actions) {
		super(parent, actions, "talk", Row.class,
				new Column<Row>(Messages.Review_colDate, 95, r -> r.talk().date().toString()),
				new Column<Row>(Messages.Review_heldBy, 100, Row::heldBy),
				new Column<Row>(Messages.Review_supervisor, 100, Row::supervisor),
				new Column<Row>(Messages.Review_content, 260, r -> r.talk().content()));
		date = Forms.date(form, Messages.Review_colDate, "talk.date", LocalDate.now());
		heldBy = Forms.text(form, Messages.Review_heldByNo, "talk.heldBy");
		supervisor = Forms.text(form, Messages.Review_supervisorNo, "talk.supervisor");
		supervisor.setMessage(Messages.Review_optional);
		content = Forms.area(form, Messages.Review_content, "talk.content", 4);
		hold = Forms.action(form, "talk.hold", Messages.Review_holdTalk);
		hold.addListener(SWT.Selection, e -> hold());
	}

	/** Shows the talks of the finding (null: none selected); staff is the finding's staff member as shown. */
	void show(ReviewFinding selected, String staff) {
		hold.setEnabled(selected != null);
		long id = selected == null ? 0 : selected.id();
		show(selected, selected == null ? null : NLS.bind(Messages.Review_talkWith, selected.caseNo(), staff),
				() -> actions.review().talks(id).stream().map(t -> new Row(t, actions.names().label(t.heldByNo()),
						actions.names().label(t.supervisorNo()))).toList());
	}

	private void hold() {
		long id = finding().id();
		LocalDate day = Forms.day(date);
		String leader = heldBy.getText().strip();
		String present = Forms.optional(supervisor);
		String text = content.getText().strip();
		actions.change(Messages.Review_holdTalk,
				() -> actions.review().holdTalk(id, day, leader, present, text, actions.principal()),
				talk -> content.setText(""));
	}
}
