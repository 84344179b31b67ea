package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;

/** 提醒谈话: the talks held over the selected finding and the form to record one with its staff member. */
final class TalkTab {

	/** A talk with the names of those present, resolved in the job. */
	record Row(ReminderTalk talk, String heldBy, String supervisor) {
	}

	private final ReviewPart.Actions actions;
	private final Composite control;
	private final Label subject;
	private final ListTable<Row> table;
	private final DateTime date;
	private final Text heldBy;
	private final Text supervisor;
	private final Text content;
	private final Button hold;
	private ReviewFinding finding;

	TalkTab(Composite parent, ReviewPart.Actions actions) {
		this.actions = actions;
		control = new Composite(parent, SWT.NONE);
		Composite[] parts = Forms.listAndForm(control);
		Composite list = parts[0];
		Composite form = parts[1];
		subject = Forms.status(list, "talk.subject", 1);
		table = new ListTable<>(list, "talk.table", false, Row.class,
				new Column<Row>(Messages.Review_colDate, 95, r -> r.talk().date().toString()),
				new Column<Row>(Messages.Review_heldBy, 100, Row::heldBy),
				new Column<Row>(Messages.Review_supervisor, 100, Row::supervisor),
				new Column<Row>(Messages.Review_content, 260, r -> r.talk().content()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		date = Forms.date(form, Messages.Review_colDate, "talk.date", LocalDate.now());
		heldBy = Forms.text(form, Messages.Review_heldByNo, "talk.heldBy");
		supervisor = Forms.text(form, Messages.Review_supervisorNo, "talk.supervisor");
		supervisor.setMessage(Messages.Review_optional);
		content = Forms.area(form, Messages.Review_content, "talk.content", 4);
		hold = Forms.action(form, "talk.hold", Messages.Review_holdTalk);
		hold.addListener(SWT.Selection, e -> hold());
	}

	Composite control() {
		return control;
	}

	/** Shows the talks of the finding (null: none selected); staff is the finding's staff member as shown. */
	void show(ReviewFinding selected, String staff) {
		finding = selected;
		hold.setEnabled(selected != null);
		table.show(List.of(), null);
		if (selected == null) {
			subject.setText(Messages.Review_selectFinding);
			return;
		}
		subject.setText(NLS.bind(Messages.Review_talkWith, selected.caseNo(), staff));
		long id = selected.id();
		actions.read(Messages.Review_loadJob, () -> actions.review().talks(id).stream()
				.map(t -> new Row(t, actions.names().label(t.heldByNo()), actions.names().label(t.supervisorNo())))
				.toList(), rows -> {
					if (!table.control().isDisposed() && finding != null && finding.id() == id) {
						table.show(rows, null);
					}
				});
	}

	private void hold() {
		long id = finding.id();
		LocalDate day = Forms.day(date);
		String leader = heldBy.getText().strip();
		String present = Forms.optional(supervisor);
		String text = content.getText().strip();
		actions.change(Messages.Review_holdTalk,
				() -> actions.review().holdTalk(id, day, leader, present, text, actions.principal()),
				talk -> content.setText(""));
	}
}
