package ducha.team.ui.internal.meetings;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.documents.DocumentFormat;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.team.MeetingAgenda;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.TeamPermissions;
import ducha.team.WorkMeeting;

/**
 * 工作例会: the year's meetings and, for the one selected, the problems on its agenda (raised there, and carried from
 * earlier meetings while open); 记录例会… records a meeting, 提出问题… raises a problem at it, 分析研讨… records the
 * analysis and the resolution agreed, 标记解决… resolves it, 导出纪要… writes the minutes as DOCX or PDF.
 */
public class MeetingsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile MeetingService meetings;
	private volatile DirectoryService directory;

	private Combo year;
	private Label status;
	private ListTable<WorkMeeting> meetingTable;
	private ListTable<MeetingProblem> problemTable;
	private Button raise;
	private Button analyse;
	private Button resolve;
	private Button minutes;
	private MeetingAgenda agenda;

	@Inject
	void servicesChanged(@Optional MeetingService service, @Optional DirectoryService directoryService) {
		meetings = service;
		directory = directoryService;
		if (meetingTable != null && !meetingTable.control().isDisposed() && service != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 8);
		Forms.label(bar, Messages.year);
		year = Forms.yearCombo(bar, "meetings.year");
		year.addListener(SWT.Selection, e -> load(null));
		status = Forms.summary(bar, "meetings.status");
		rights.require(Forms.button(bar, "meetings.record", Messages.recordMeeting), TeamPermissions.MANAGE)
				.addListener(SWT.Selection, e -> record());
		raise = Forms.button(bar, "meetings.raise", Messages.raiseProblem);
		raise.addListener(SWT.Selection, e -> raise());
		analyse = Forms.button(bar, "meetings.analyse", Messages.analyseProblem);
		analyse.addListener(SWT.Selection, e -> analyse());
		resolve = Forms.button(bar, "meetings.resolve", Messages.resolveProblem);
		resolve.addListener(SWT.Selection, e -> resolve());
		minutes = Forms.button(bar, "meetings.minutes", Messages.exportMinutes);
		minutes.addListener(SWT.Selection, e -> exportMinutes());
		meetingTable = new ListTable<>(parent, "meetings.list", false, WorkMeeting.class,
				new Column<>(Messages.colDate, 100, m -> m.date().toString()),
				new Column<>(Messages.colTitle, 300, WorkMeeting::title),
				new Column<>(Messages.colAttendees, 80, m -> String.valueOf(m.attendees().size())));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(meetingTable.control());
		problemTable = new ListTable<>(parent, "meetings.problems", false, MeetingProblem.class,
				new Column<>(Messages.colNumber, 110, MeetingProblem::problemNo),
				new Column<>(Messages.colSource, 150, this::source),
				new Column<>(Messages.colDescription, 260, MeetingProblem::description),
				new Column<>(Messages.colResolution, 200, p -> p.resolution() == null ? "" : p.resolution()),
				new Column<>(Messages.colDue, 100, p -> p.due() == null ? "" : p.due().toString()),
				new Column<>(Messages.colState, 130, MeetingsPart::state));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(problemTable.control());
		meetingTable.onSelect(m -> showAgenda(null));
		meetingTable.actions(raise, minutes);
		problemTable.onSelect(p -> enable());
		problemTable.openWith(analyse);
		problemTable.actions(analyse, resolve);
		enable();
		if (meetings != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	/** 本次提出, or the meeting it was carried from. */
	private String source(MeetingProblem p) {
		return agenda != null && p.meetingDate().equals(agenda.meeting().date()) ? Messages.sourceRaised
				: NLS.bind(Messages.sourceCarried, p.meetingDate());
	}

	private static String state(MeetingProblem p) {
		if (p.resolved()) {
			return NLS.bind(Messages.stateResolved, p.resolvedOn());
		}
		return p.overdue(LocalDate.now()) ? Messages.stateOverdue
				: p.analysed() ? Messages.stateOpen : Messages.stateNew;
	}

	private void enable() {
		MeetingProblem p = problemTable.selected();
		rights.enable(raise, meetingTable.selected() != null, TeamPermissions.MANAGE);
		minutes.setEnabled(meetingTable.selected() != null);
		rights.enable(analyse, p != null && !p.resolved(), TeamPermissions.MANAGE);
		rights.enable(resolve, p != null && p.analysed() && !p.resolved(), TeamPermissions.MANAGE);
	}

	private void load(LocalDate select) {
		MeetingService service = meetings;
		if (service == null) {
			return;
		}
		int chosen = Integer.parseInt(year.getText());
		background.run(Messages.loadJob, () -> service.meetings(Period.year(chosen), principal), list -> {
			if (!meetingTable.control().isDisposed()) {
				meetingTable.show(list, m -> m.date().equals(select));
				Forms.report(status, NLS.bind(Messages.meetingsCount, chosen, list.size()), false);
				showAgenda(null);
			}
		}, this::refused);
	}

	/** Shows the selected meeting's agenda, selecting the problem of the number (null: none). */
	private void showAgenda(String selectProblem) {
		WorkMeeting m = meetingTable.selected();
		MeetingService service = meetings;
		if (m == null || service == null) {
			agenda = null;
			problemTable.show(List.of(), null);
			enable();
			return;
		}
		background.run(Messages.loadJob, () -> service.agenda(m.date(), principal), loaded -> {
			if (!problemTable.control().isDisposed()) {
				agenda = loaded;
				List<MeetingProblem> rows = new ArrayList<>(loaded.raised());
				rows.addAll(loaded.carried());
				problemTable.show(rows, p -> p.problemNo().equals(selectProblem));
				Forms.report(status, NLS.bind(Messages.agendaCount, new Object[] { m.date(), loaded.raised().size(),
						loaded.carried().size() }), false);
				enable();
			}
		}, this::refused);
	}

	private void record() {
		MeetingService service = meetings;
		if (service == null) {
			return;
		}
		background.run(Messages.loadJob, () -> service.supervisorsOn(LocalDate.now(), principal), supervisors -> {
			MeetingDialog dialog = new MeetingDialog(meetingTable.control().getShell(), background, service,
					principal, supervisors);
			if (dialog.open() == Window.OK) {
				WorkMeeting saved = dialog.saved();
				year.setText(String.valueOf(saved.date().getYear()));
				load(saved.date());
			}
		}, this::refused);
	}

	private void raise() {
		WorkMeeting m = meetingTable.selected();
		MeetingService service = meetings;
		DirectoryService names = directory;
		if (m == null || service == null || names == null) {
			return;
		}
		background.run(Messages.loadJob, () -> new ProblemDialog.Choices(service.supervisorsOn(m.date(), principal),
				names.departments().stream().filter(Department::active).toList()), choices -> {
					ProblemDialog dialog = new ProblemDialog(meetingTable.control().getShell(), background, service,
							principal, m, choices);
					if (dialog.open() == Window.OK) {
						showAgenda(dialog.saved().problemNo());
					}
				}, this::refused);
	}

	private void analyse() {
		MeetingProblem p = problemTable.selected();
		MeetingService service = meetings;
		if (p == null || service == null) {
			return;
		}
		background.run(Messages.loadJob, () -> service.supervisorsOn(LocalDate.now(), principal), supervisors -> {
			AnalysisDialog dialog = new AnalysisDialog(meetingTable.control().getShell(), background, service,
					principal, p, supervisors);
			if (dialog.open() == Window.OK) {
				showAgenda(p.problemNo());
			}
		}, this::refused);
	}

	private void resolve() {
		MeetingProblem p = problemTable.selected();
		MeetingService service = meetings;
		if (p == null || service == null) {
			return;
		}
		ResolveDialog dialog = new ResolveDialog(meetingTable.control().getShell(), background, service, principal, p);
		if (dialog.open() == Window.OK) {
			showAgenda(p.problemNo());
		}
	}

	private void exportMinutes() {
		WorkMeeting m = meetingTable.selected();
		MeetingService service = meetings;
		if (m == null || service == null) {
			return;
		}
		FileDialog dialog = new FileDialog(meetingTable.control().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.docx", "*.pdf" });
		dialog.setFileName(m.date() + m.title() + "纪要.docx");
		dialog.setOverwrite(true);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		DocumentFormat format = file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? DocumentFormat.PDF
				: DocumentFormat.DOCX;
		background.run(Messages.saveJob, () -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			service.writeMinutes(m.date(), format, bytes, principal);
			Files.write(Path.of(file), bytes.toByteArray());
			return file;
		}, written -> Forms.report(status, NLS.bind(Messages.minutesWritten, written), false), this::refused);
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the year's meetings again. */
	@Override
	public void refresh() {
		load(null);
	}
}
