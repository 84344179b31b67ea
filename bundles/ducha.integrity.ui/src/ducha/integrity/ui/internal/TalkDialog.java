package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

/**
 * Records a talk of the three-level talks with one staff member: level, date, who held it, reason, content and
 * follow-up. Choosing an earlier talk to escalate fixes the level to the next one and records the escalation.
 */
final class TalkDialog extends SavingDialog<Talk> {

	private final TalkService talks;
	private final Principal principal;
	private final Staff staff;
	/** The person's talks that can still be escalated (below the highest level, not escalated yet). */
	private final List<Talk> escalatable;

	private Combo escalateFrom;
	private Combo level;
	private DateTime date;
	private Text heldBy;
	private Text reason;
	private Text content;
	private Text followUp;

	TalkDialog(Shell parent, UISynchronize sync, TalkService talks, Principal principal, Staff staff,
			List<Talk> earlier) {
		super(parent, sync);
		this.talks = talks;
		this.principal = principal;
		this.staff = staff;
		Set<Long> escalated = earlier.stream().map(Talk::escalatedFrom).filter(id -> id != null)
				.collect(Collectors.toSet());
		this.escalatable = earlier.stream().filter(t -> t.level().next() != null && !escalated.contains(t.id()))
				.toList();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Talk_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Talk_heading, staff.name(), staff.staffNo()));
		setMessage(Messages.Talk_message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);

		Forms.label(form, Messages.Talk_escalateFrom);
		escalateFrom = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(escalateFrom);
		escalateFrom.add(Messages.Talk_noEscalation);
		escalatable.forEach(t -> escalateFrom.add(t.date() + " " + t.level().label() + "：" + t.reason()
				+ (t.recordNo() == null ? "" : "（" + t.recordNo() + "）")));
		escalateFrom.select(0);
		escalateFrom.addListener(SWT.Selection, e -> escalationChosen());

		Forms.label(form, Messages.Talk_level);
		level = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (TalkLevel l : TalkLevel.values()) {
			level.add(l.label());
		}
		level.select(0);
		date = Forms.date(form, Messages.Talk_date, LocalDate.now());
		heldBy = Forms.line(form, Messages.Talk_heldBy);
		Forms.label(form, Messages.Talk_with);
		Label with = new Label(form, SWT.NONE);
		with.setText(staff.name() + "（" + staff.staffNo() + (staff.position() == null ? "" : " " + staff.position())
				+ "）");
		reason = Forms.area(form, Messages.Talk_reason, 2);
		content = Forms.area(form, Messages.Talk_content, 4);
		followUp = Forms.area(form, Messages.Talk_followUp, 2);
		return area;
	}

	private void escalationChosen() {
		int index = escalateFrom.getSelectionIndex();
		if (index > 0) {
			Talk from = escalatable.get(index - 1);
			level.select(from.level().next().ordinal());
			level.setEnabled(false);
			if (reason.getText().isBlank()) {
				reason.setText(from.reason());
			}
		} else {
			level.setEnabled(true);
		}
	}

	@Override
	protected Callable<Talk> collect() {
		LocalDate day = Forms.get(date);
		String held = Forms.value(heldBy);
		String why = Forms.value(reason);
		if (day.isAfter(LocalDate.now())) {
			setErrorMessage(Messages.Form_dateInFuture);
			return null;
		}
		if (held == null || why == null) {
			setErrorMessage(held == null ? Messages.Talk_heldByMissing : Messages.Talk_reasonMissing);
			return null;
		}
		Talk talk = Talk.of(staff.staffNo(), TalkLevel.values()[level.getSelectionIndex()], day, held, why,
				Forms.value(content), Forms.value(followUp));
		int index = escalateFrom.getSelectionIndex();
		if (index > 0) {
			long fromId = escalatable.get(index - 1).id();
			return () -> talks.escalate(fromId, talk, principal);
		}
		return () -> talks.record(talk, principal);
	}
}
