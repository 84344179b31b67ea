package ducha.study.ui.internal.reviews;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffListChooser;
import ducha.core.NotFoundException;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.study.StudyKind;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;

/**
 * A new study session of a department, or the edit of a stored one (its 编号 and department stay). The attendees are
 * chosen by name, 拼音 or 工号 from the staff the user may see; an attendee who has left since stays on the list.
 */
final class SessionDialog extends FormDialog<StudySession> {

	private final StudyRecordService sessions;
	private final Principal principal;
	private final String departmentCode;
	private final List<Staff> staff;
	private final DepartmentNames departments;
	/** The session edited as the form was filled from it (its version goes back with the update), or null. */
	private StudySession edited;

	private DateField date;
	private Combo kind;
	private Text topic;
	private StaffListChooser attendees;
	private Text hours;
	private Text record;

	SessionDialog(Shell parent, Background background, StudyRecordService sessions, Principal principal,
			String departmentCode, String departmentName, StudySession edited, List<Staff> staff,
			DepartmentNames departments) {
		super(parent, background, Messages.sessionTitle, NLS.bind(Messages.sessionHeading, departmentName),
				Messages.sessionMessage);
		this.sessions = sessions;
		this.principal = principal;
		this.departmentCode = departmentCode;
		this.edited = edited;
		this.staff = List.copyOf(staff);
		this.departments = departments;
	}

	@Override
	protected void fields(Composite form) {
		date = Forms.date(form, Messages.fieldDate, "session.date", edited == null ? LocalDate.now() : edited.date());
		kind = Forms.choice(form, Messages.fieldKind, "session.kind",
				Arrays.stream(StudyKind.values()).map(StudyKind::label).toArray(String[]::new));
		topic = Forms.text(form, Messages.fieldTopic, "session.topic");
		attendees = new StaffListChooser(form, "session.attendees", Messages.fieldAttendees, staff, departments);
		hours = Forms.text(form, Messages.fieldHours, "session.hours");
		record = Forms.area(form, Messages.fieldRecord, "session.record", 5);
		if (edited != null) {
			fill();
		} else {
			hours.setText("2");
		}
	}

	private void fill() {
		date.setDate(edited.date().getYear(), edited.date().getMonthValue() - 1, edited.date().getDayOfMonth());
		kind.select(edited.kind().ordinal());
			topic.setText(edited.topic());
			attendees.choose(edited.attendees());
			hours.setText(edited.hours() == Math.rint(edited.hours()) ? String.valueOf((long) edited.hours())
					: String.valueOf(edited.hours()));
			record.setText(edited.recordText() == null ? "" : edited.recordText());
	}

	@Override
	protected List<String> problems() {
		if (Forms.day(date).isAfter(LocalDate.now())) {
			return List.of(Messages.dateInFuture);
		}
		if (Forms.optional(topic) == null) {
			return List.of(Messages.topicMissing);
		}
		if (attendees.chosen().isEmpty()) {
			return List.of(Messages.attendeesMissing);
		}
		return hoursValue() == null ? List.of(Messages.hoursInvalid) : List.of();
	}

	private Double hoursValue() {
		try {
			double value = Double.parseDouble(hours.getText().strip());
			return value > 0 && value <= 24 ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	protected Callable<StudySession> save() {
		StudySession session = new StudySession(0, edited == null ? null : edited.recordNo(), departmentCode,
				Forms.day(date), StudyKind.values()[kind.getSelectionIndex()], Forms.optional(topic), attendees.chosen(),
				hoursValue(), Forms.optional(record), edited == null ? 0 : edited.version());
		return edited == null ? () -> sessions.record(session, principal)
				: () -> sessions.update(session, principal);
	}

	/** Reads the edited session again: the form then shows it as stored. */
	@Override
	protected Callable<Runnable> reload() {
		if (edited == null) {
			return null;
		}
		String recordNo = edited.recordNo();
		return () -> {
			StudySession stored = sessions.session(recordNo, principal)
					.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.sessionGone, recordNo)));
			return () -> {
				edited = stored;
				fill();
			};
		};
	}
}
