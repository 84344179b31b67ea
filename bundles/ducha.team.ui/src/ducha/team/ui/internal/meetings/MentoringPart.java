package ducha.team.ui.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.MeetingService;
import ducha.team.MentoringService;
import ducha.team.Mentorship;
import ducha.team.Milestone;
import ducha.team.ShadowedItem;
import ducha.team.TeamPermissions;

/**
 * 跟班学习: the mentorships, open first, and for the one selected its milestones and the items shadowed;
 * 新建跟班… starts one, 添加里程碑…, 完成里程碑… and 跟班事项… follow the plan, 结业确认… is the mentor's sign-off.
 */
public class MentoringPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile MentoringService mentoring;
	private volatile MeetingService meetings;
	private volatile DirectoryService directory;

	private Label status;
	private ListTable<Mentorship> table;
	private ListTable<Milestone> milestones;
	private ListTable<ShadowedItem> shadowed;
	private Button[] onSelected;
	private Button done;
	private Map<String, String> names = Map.of();

	@Inject
	void servicesChanged(@Optional MentoringService service, @Optional MeetingService meetingService,
			@Optional DirectoryService directoryService) {
		mentoring = service;
		meetings = meetingService;
		directory = directoryService;
		if (table != null && !table.control().isDisposed() && service != null) {
			load(0);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 6);
		status = Forms.summary(bar, "mentoring.status");
		rights.require(Forms.button(bar, "mentoring.start", Messages.startMentorship), TeamPermissions.MANAGE)
				.addListener(SWT.Selection, e -> start());
		Button milestone = Forms.button(bar, "mentoring.milestone", Messages.addMilestone);
		milestone.addListener(SWT.Selection, e -> change(m -> new MilestoneDialog(shell(), background, mentoring,
				principal, m)));
		done = Forms.button(bar, "mentoring.done", Messages.milestoneDone);
		done.addListener(SWT.Selection, e -> milestoneDone());
		Button shadow = Forms.button(bar, "mentoring.shadow", Messages.addShadowed);
		shadow.addListener(SWT.Selection, e -> change(m -> new ShadowDialog(shell(), background, mentoring,
				principal, m)));
		Button signOff = Forms.button(bar, "mentoring.signoff", Messages.signOff);
		signOff.addListener(SWT.Selection, e -> change(m -> new SignOffDialog(shell(), background, mentoring,
				principal, m)));
		onSelected = new Button[] { milestone, shadow, signOff };
		table = new ListTable<>(parent, "mentoring.list", false, Mentorship.class,
				new Column<>(Messages.colMentor, 110, m -> name(m.mentorStaffNo())),
				new Column<>(Messages.colTrainee, 110, m -> name(m.traineeStaffNo())),
				new Column<>(Messages.colRotation, 190, m -> m.from() + " ~ " + m.to()),
				new Column<>(Messages.colMilestones, 80, m -> (m.milestones().size() - m.openMilestones().size()) + "/"
						+ m.milestones().size()),
				new Column<>(Messages.colState, 150, MentoringPart::state),
				new Column<>(Messages.colPlan, 300, Mentorship::plan));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table.control());
		milestones = new ListTable<>(parent, "mentoring.milestones", false, Milestone.class,
				new Column<>(Messages.colMilestone, 300, Milestone::title),
				new Column<>(Messages.colDue, 100, m -> m.due().toString()),
				new Column<>(Messages.colDone, 100, m -> m.doneOn() == null ? "" : m.doneOn().toString()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(milestones.control());
		shadowed = new ListTable<>(parent, "mentoring.shadowed", false, ShadowedItem.class,
				new Column<>(Messages.colKind, 60, s -> s.kind().label()),
				new Column<>(Messages.colReference, 220, ShadowedItem::reference),
				new Column<>(Messages.colDate, 100, s -> s.on() == null ? "" : s.on().toString()),
				new Column<>(Messages.colNote, 300, ShadowedItem::note));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(shadowed.control());
		table.onSelect(m -> show());
		table.actions(milestone, shadow, signOff);
		milestones.onSelect(m -> enable());
		milestones.openWith(done);
		milestones.actions(done);
		show();
		if (mentoring != null) {
			load(0);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private org.eclipse.swt.widgets.Shell shell() {
		return table.control().getShell();
	}

	private String name(String staffNo) {
		return names.getOrDefault(staffNo, staffNo);
	}

	private static String state(Mentorship m) {
		if (m.signedOff()) {
			return NLS.bind(Messages.stateSignedOff, m.signedOffOn());
		}
		return m.milestones().stream().anyMatch(x -> x.overdue(LocalDate.now())) ? Messages.stateMilestoneOverdue
				: Messages.stateInProgress;
	}

	private void show() {
		Mentorship m = table.selected();
		milestones.show(m == null ? List.of() : m.milestones(), null);
		shadowed.show(m == null ? List.of() : m.shadowed(), null);
		enable();
	}

	private void enable() {
		Mentorship m = table.selected();
		boolean open = m != null && !m.signedOff();
		for (Button b : onSelected) {
			rights.enable(b, open, TeamPermissions.MANAGE);
		}
		Milestone milestone = milestones.selected();
		rights.enable(done, open && milestone != null && !milestone.done(), TeamPermissions.MANAGE);
	}

	private void load(long select) {
		MentoringService service = mentoring;
		DirectoryService people = directory;
		if (service == null) {
			return;
		}
		background.run(Messages.loadJob, () -> {
			List<Mentorship> all = service.mentorships(principal);
			// names of mentors and trainees, whether or not they still hold their roles
			Map<String, String> byNo = people == null ? Map.of()
					: all.stream().flatMap(m -> Stream.of(m.mentorStaffNo(), m.traineeStaffNo())).distinct()
							.flatMap(no -> people.staff(no).stream())
							.collect(Collectors.toMap(Staff::staffNo, Staff::name));
			return new Loaded(all, byNo);
		}, loaded -> {
			if (!table.control().isDisposed()) {
				names = loaded.names();
				table.show(loaded.mentorships(), m -> m.id() == select);
				Forms.report(status, NLS.bind(Messages.mentorshipsCount, loaded.mentorships().size(),
						loaded.mentorships().stream().filter(m -> !m.signedOff()).count()), false);
				show();
			}
		}, this::refused);
	}

	private record Loaded(List<Mentorship> mentorships, Map<String, String> names) {
	}

	private void start() {
		MeetingService people = meetings;
		MentoringService service = mentoring;
		if (people == null || service == null) {
			return;
		}
		background.run(Messages.loadJob, () -> people.supervisorsOn(LocalDate.now(), principal), supervisors -> {
			MentorshipDialog dialog = new MentorshipDialog(shell(), background, service, principal, supervisors);
			if (dialog.open() == Window.OK) {
				load(dialog.saved().id());
			}
		}, this::refused);
	}

	/** Opens the dialog made for the selected mentorship and shows the mentorship it saved. */
	private void change(Function<Mentorship, FormDialog<Mentorship>> dialogFor) {
		Mentorship m = table.selected();
		if (m == null || mentoring == null) {
			return;
		}
		FormDialog<Mentorship> dialog = dialogFor.apply(m);
		if (dialog.open() == Window.OK) {
			load(m.id());
		}
	}

	private void milestoneDone() {
		Mentorship m = table.selected();
		Milestone milestone = milestones.selected();
		MentoringService service = mentoring;
		if (m == null || milestone == null || service == null) {
			return;
		}
		int n = m.milestones().indexOf(milestone) + 1;
		background.run(Messages.saveJob, () -> service.milestoneDone(m.id(), n, LocalDate.now(), principal),
				saved -> load(saved.id()), this::refused);
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the mentorships again. */
	@Override
	public void refresh() {
		load(0);
	}
}
