package ducha.team.ui.internal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.MeetingService;
import ducha.team.WorkMeeting;

/**
 * 记录例会: a meeting's day, title, chair and minutes, and its attendees ticked by name among those holding a
 * supervision role (all ticked at first; the service refuses a meeting nobody attended).
 */
final class MeetingDialog extends FormDialog<WorkMeeting> {

	private final MeetingService meetings;
	private final Principal principal;
	private final List<Staff> supervisors;

	private DateField date;
	private Text title;
	private Combo chair;
	private Table attendees;
	private Text minutes;

	MeetingDialog(Shell parent, Background background, MeetingService meetings, Principal principal,
			List<Staff> supervisors) {
		super(parent, background, Messages.meetingTitle, Messages.meetingTitle, Messages.meetingMessage);
		this.meetings = meetings;
		this.principal = principal;
		this.supervisors = supervisors;
	}

	@Override
	protected void fields(Composite form) {
		date = Forms.date(form, Messages.fieldDate, "meeting.date", LocalDate.now());
		title = Forms.text(form, Messages.fieldTitle, "meeting.title");
		title.setText(WorkMeeting.MONTHLY);
		List<String> chairs = new ArrayList<>();
		chairs.add("");
		supervisors.forEach(s -> chairs.add(label(s)));
		chair = Forms.choice(form, Messages.fieldChair, "meeting.chair", chairs.toArray(String[]::new));
		chair.select(0);
		Forms.label(form, Messages.fieldAttendees);
		attendees = Forms.named(new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), "meeting.attendees");
		// the monthly meeting is attended by every supervisor: all are ticked, the absent are unticked
		for (Staff s : supervisors) {
			TableItem item = new TableItem(attendees, SWT.NONE);
			item.setText(label(s));
			item.setChecked(true);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 140).applyTo(attendees);
		minutes = Forms.area(form, Messages.fieldMinutes, "meeting.minutes", 4);
	}

	/** 姓名（工号）, as a person is chosen. */
	static String label(Staff s) {
		return s.name() + "（" + s.staffNo() + "）";
	}

	private List<String> chosen() {
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < attendees.getItemCount(); i++) {
			if (attendees.getItem(i).getChecked()) {
				chosen.add(supervisors.get(i).staffNo());
			}
		}
		return chosen;
	}

	@Override
	protected List<String> problems() {
		if (title.getText().isBlank()) {
			return List.of(Messages.titleMissing);
		}
		return chosen().isEmpty() ? List.of(Messages.attendeesMissing) : List.of();
	}

	@Override
	protected Callable<WorkMeeting> save() {
		int index = chair.getSelectionIndex();
		WorkMeeting meeting = WorkMeeting.of(Forms.day(date), title.getText().strip(),
				index <= 0 ? null : supervisors.get(index - 1).staffNo(), chosen(), minutes.getText());
		return () -> meetings.save(meeting, principal);
	}
}
