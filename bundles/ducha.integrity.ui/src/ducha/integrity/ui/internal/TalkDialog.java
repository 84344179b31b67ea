package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;

/**
 * Records a talk of the three-level talks with one staff member: level, date, who held it (the staff member chosen
 * by name, and their post and name as printed on the record), reason, content and follow-up. Choosing an earlier
 * talk to escalate fixes the level to the next one and records the escalation. Escalating names the version of the
 * earlier talk as it was listed: when another desktop escalated or changed it meanwhile, the save is refused and
 * 重新载入 lists the person's talks again, keeping what was typed.
 */
final class TalkDialog extends FormDialog<Talk> {

	private final TalkService talks;
	private final Principal principal;
	private final Staff staff;
	/** The person's talks that can still be escalated (below the highest level, not escalated yet). */
	private List<Talk> escalatable;
	/** Who may be chosen as the talker, read off the UI thread before the form opens. */
	private final List<Staff> talkers;
	private final DepartmentNames departments;

	private Combo escalateFrom;
	private Combo level;
	private DateField date;
	private StaffChooser talker;
	private Text heldBy;
	private Text reason;
	private Text content;
	private Text followUp;

	TalkDialog(Shell parent, Background background, TalkService talks, Principal principal, Staff staff,
			List<Talk> earlier, List<Staff> talkers, DepartmentNames departments) {
		super(parent, background, Messages.Talk_title, NLS.bind(Messages.Talk_heading, staff.name(), staff.staffNo()),
				Messages.Talk_message);
		this.talks = talks;
		this.principal = principal;
		this.staff = staff;
		this.talkers = talkers;
		this.departments = departments;
		this.escalatable = escalatable(earlier);
	}

	private static List<Talk> escalatable(List<Talk> earlier) {
		Set<Long> escalated = earlier.stream().map(Talk::escalatedFrom).filter(id -> id != null)
				.collect(Collectors.toSet());
		return earlier.stream().filter(t -> t.level().next() != null && !escalated.contains(t.id())).toList();
	}

	@Override
	protected void fields(Composite form) {
		escalateFrom = Forms.choice(form, Messages.Talk_escalateFrom, "talk.escalateFrom", Messages.Talk_noEscalation);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(escalateFrom);
		listEscalatable();
		escalateFrom.addListener(SWT.Selection, e -> escalationChosen());
		level = Forms.choice(form, Messages.Talk_level, "talk.level",
				Arrays.stream(TalkLevel.values()).map(TalkLevel::label).toArray(String[]::new));
		date = Forms.date(form, Messages.Talk_date, "talk.date", LocalDate.now());
		talker = new StaffChooser(form, "talk.talker", Messages.Talk_talker, talkers, departments);
		heldBy = Forms.text(form, Messages.Talk_heldBy, "talk.heldBy");
		heldBy.setMessage(Messages.Talk_heldByHint);
		Forms.label(form, Messages.Talk_with);
		Label with = new Label(form, SWT.NONE);
		with.setText(staff.name() + "（" + staff.staffNo() + (staff.position() == null ? "" : " " + staff.position())
				+ "）");
		reason = Forms.area(form, Messages.Talk_reason, "talk.reason", 2);
		content = Forms.area(form, Messages.Talk_content, "talk.content", 4);
		followUp = Forms.area(form, Messages.Talk_followUp, "talk.followUp", 2);
	}

	/** The choice of talks to escalate, after 不升级 (the combo's first item). */
	private void listEscalatable() {
		escalateFrom.remove(1, escalateFrom.getItemCount() - 1);
		escalatable.forEach(t -> escalateFrom.add(t.date() + " " + t.level().label() + "：" + t.reason()
				+ (t.recordNo() == null ? "" : "（" + t.recordNo() + "）")));
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
	protected List<String> problems() {
		if (Forms.day(date).isAfter(LocalDate.now())) {
			return List.of(Messages.Form_dateInFuture);
		}
		if (talker.chosen() == null) {
			return List.of(Messages.Talk_talkerMissing);
		}
		return Forms.optional(reason) == null ? List.of(Messages.Talk_reasonMissing) : List.of();
	}

	@Override
	protected Callable<Talk> save() {
		Talk talk = Talk.of(staff.staffNo(), TalkLevel.values()[level.getSelectionIndex()], Forms.day(date),
				Forms.optional(heldBy), talker.chosen().staffNo(), Forms.optional(reason), Forms.optional(content),
				Forms.optional(followUp));
		int index = escalateFrom.getSelectionIndex();
		if (index > 0) {
			Talk from = escalatable.get(index - 1);
			return () -> talks.escalate(from.id(), from.version(), talk, principal);
		}
		return () -> talks.record(talk, principal);
	}

	/**
	 * Lists the person's talks again as stored now; the talk chosen to escalate stays chosen while it can still be
	 * escalated, otherwise the form records a talk of its own (不升级).
	 */
	@Override
	protected Callable<Runnable> reload() {
		return () -> {
			List<Talk> earlier = talks.talks(staff.staffNo(), principal);
			return () -> {
				int index = escalateFrom.getSelectionIndex();
				Long chosen = index > 0 ? escalatable.get(index - 1).id() : null;
				escalatable = escalatable(earlier);
				listEscalatable();
				int again = chosen == null ? -1
						: escalatable.stream().map(Talk::id).toList().indexOf(chosen);
				escalateFrom.select(again + 1);
				escalationChosen();
			};
		};
	}
}
