package ducha.integrity.ui.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.AppModel;
import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printing;
import ducha.app.ui.Background;
import ducha.app.ui.DateField;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.OpensRecords;
import ducha.app.ui.PendingRecord;
import ducha.app.ui.Printouts;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.app.ui.StaffChooser;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.DispositionService;
import ducha.integrity.IntegrityArchive;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.IntegrityReportService;
import ducha.integrity.Talk;
import ducha.integrity.TalkService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 干警廉政档案: choose a staff member (those whose archive the user may read; at least oneself, opened at once
 * when that is all), a period and a kind; the
 * timeline lists the entries newest first, the selected entry's detail below. Every read runs in a job; reading
 * another person's archive is audited by the service.
 */
public class ArchivePart implements OpensRecords, Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private DirectoryService directory;

	@Inject
	private IntegrityArchive archive;

	@Inject
	private Background background;

	@Inject
	private Rights rights;

	@Inject
	private TalkService talks;

	@Inject
	private DispositionService dispositions;

	@Inject
	private IntegrityReportService reports;

	private final List<Staff> staff = new ArrayList<>();
	private DepartmentNames departments = DepartmentNames.of(List.of());
	private final List<String> kindIds = new ArrayList<>();
	private final List<ArchiveEntry> shown = new ArrayList<>();
	private Map<String, String> kindLabels = Map.of();
	private ArchiveView current;
	private StaffChooser staffChoice;
	private DateField from;
	private DateField to;
	private Combo kindChoice;
	private Label summary;
	private Table timeline;
	private Text detail;
	private Button recordTalk;
	private Button recordDisposition;
	/** The 工号 the quick-find asked for while the staff list was still being read. */
	private final PendingRecord pending = new PendingRecord();

	@PostConstruct
	void create(Composite parent) {
		// the person found by name, 拼音 or 工号, in a row of its own; everyone readable is offered, the retired too
		// (their archive stays)
		Composite who = Forms.bar(parent, 4);
		staffChoice = StaffChooser.everyone(who, "archive.staff", Messages.Archive_staff, List.of(),
				DepartmentNames.of(List.of()));
		Composite bar = Forms.bar(parent, 7);
		staffChoice.onChange(this::personChanged);
		new Label(bar, SWT.NONE).setText(Messages.Archive_from);
		from = Forms.date(bar, "archive.from").label(Messages.Archive_from);
		Forms.setDay(from, LocalDate.now().minusYears(3).plusDays(1));
		new Label(bar, SWT.NONE).setText(Messages.Archive_to);
		to = Forms.date(bar, "archive.to").label(Messages.Archive_to);
		new Label(bar, SWT.NONE).setText(Messages.Archive_kind);
		kindChoice = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(kindChoice);
		kindChoice.add(Messages.Archive_allKinds);
		kindChoice.select(0);
		kindChoice.addListener(SWT.Selection, e -> load(selectedKinds()));
		Button show = new Button(bar, SWT.PUSH);
		show.setText(Messages.Archive_show);
		show.addListener(SWT.Selection, e -> load(selectedKinds()));

		Composite actions = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(actions);
		summary = Forms.summary(actions, null);
		summary.setText(Messages.Archive_choose);
		recordTalk = new Button(actions, SWT.PUSH);
		recordTalk.setText(Messages.Archive_recordTalk);
		recordTalk.addListener(SWT.Selection, e -> recordTalk());
		recordDisposition = new Button(actions, SWT.PUSH);
		recordDisposition.setText(Messages.Archive_recordDisposition);
		recordDisposition.addListener(SWT.Selection, e -> recordDisposition());
		Button report = new Button(actions, SWT.PUSH);
		report.setText(Messages.Archive_report);
		report.addListener(SWT.Selection, e -> issueReport());
		Button preview = new Button(actions, SWT.PUSH);
		preview.setText(Messages.Archive_reportPreview);
		preview.setData(AppModel.WIDGET_KEY, "archive.reportPreview");
		preview.addListener(SWT.Selection, e -> previewReport());
		// asked once: the report is the office's, for those who may read other people's archives
		report.setEnabled(reports.mayIssue(principal));
		preview.setEnabled(report.getEnabled());
		enableRecording();

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		timeline = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		timeline.setHeaderVisible(true);
		timeline.setLinesVisible(true);
		Forms.columns(timeline, new String[] { Messages.Archive_colDate, Messages.Archive_colKind,
				Messages.Archive_colTitle, Messages.Archive_colSource }, new int[] { 110, 110, 560, 110 });
		timeline.addListener(SWT.Selection, e -> showDetail());
		detail = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(70, 30);
		loadStaff();
	}

	/** The staff the user may see in the directory, with their departments' names. */
	private record VisibleStaff(List<Staff> staff, DepartmentNames departments) {
	}

	private void loadStaff() {
		background.run(Messages.Archive_staffJob, this::readStaff, read -> showStaff(read.staff(), read.departments()),
				this::showFailure);
	}

	/**
	 * The staff whose archive the user may read, their own first (the archive's rule: the picker never offers one
	 * that the archive refuses); runs in a job.
	 */
	private VisibleStaff readStaff() {
		return new VisibleStaff(archive.readableStaff(principal), directory.departmentNames());
	}

	private void showStaff(List<Staff> visible, DepartmentNames departments) {
		if (timeline.isDisposed()) {
			return;
		}
		staff.clear();
		staff.addAll(visible);
		this.departments = departments;
		staffChoice.offer(visible, departments);
		if (visible.size() == 1) {
			// someone who may read only their own archive finds it open, without a choice to make
			staffChoice.choose(visible.get(0).staffNo());
			load(Set.of());
		}
		pending.opened(this::openRecord);
	}

	/** Chooses the person with the 工号 and reads their archive (the quick-find's hit). */
	@Override
	public void openRecord(String staffNo) {
		if (staff.stream().anyMatch(s -> s.staffNo().equals(staffNo))) {
			staffChoice.choose(staffNo);
			load(Set.of());
			return;
		}
		pending.keep(staffNo);
	}

	/**
	 * Reads the archive of the person chosen, picked or found by typing, unless it is already the one shown (each
	 * keystroke of a search that keeps finding the same person reads nothing).
	 */
	private void personChanged() {
		Staff chosen = staffChoice.chosen();
		if (chosen != null && (current == null || !current.staff().staffNo().equals(chosen.staffNo()))) {
			load(Set.of());
		}
	}

	private Set<String> selectedKinds() {
		int index = kindChoice.getSelectionIndex();
		return index <= 0 || index > kindIds.size() ? Set.of() : Set.of(kindIds.get(index - 1));
	}

	private void load(Set<String> kinds) {
		Staff chosen = staffChoice.chosen();
		if (chosen == null) {
			return;
		}
		if (!Forms.readable(from, to)) {
			return;
		}
		Period period = period();
		if (period == null) {
			summary.setText(Messages.Archive_badPeriod);
			return;
		}
		String staffNo = chosen.staffNo();
		ArchiveFilter filter = new ArchiveFilter(period, kinds);
		summary.setText(Messages.Archive_loading);
		background.run(Messages.Archive_loadJob, () -> archive.read(staffNo, filter, principal),
				view -> show(view, filter), this::showFailure);
	}

	/** The chosen period, or null when its end lies before its start. */
	private Period period() {
		LocalDate start = Forms.day(from);
		LocalDate end = Forms.day(to);
		return end.isBefore(start) ? null : Period.of(start, end);
	}

	private void show(ArchiveView view, ArchiveFilter filter) {
		Staff chosen = timeline.isDisposed() ? null : staffChoice.chosen();
		if (chosen == null || !chosen.staffNo().equals(view.staff().staffNo())) {
			// the read of a person the user has since searched past
			return;
		}
		current = view;
		enableRecording();
		kindLabels = view.kinds();
		updateKinds(filter.kinds());
		shown.clear();
		shown.addAll(view.entries());
		timeline.removeAll();
		for (ArchiveEntry entry : view.entries()) {
			TableItem item = new TableItem(timeline, SWT.NONE);
			item.setText(new String[] { entry.date().toString(), kindLabels.getOrDefault(entry.kind(), entry.kind()),
					entry.title() == null ? "" : entry.title(), view.sourceLabel(entry) });
		}
		detail.setText(view.entries().isEmpty() ? Messages.Archive_empty : "");
		summary.setText(NLS.bind(view.ownRecord() ? Messages.Archive_summaryOwn : Messages.Archive_summary,
				new Object[] { view.staff().name(), view.staff().staffNo(), view.entries().size(),
						filter.period().from(), filter.period().to() }));
	}

	/** Offers the kinds present in the period; keeps the chosen one selected. */
	private void updateKinds(Set<String> chosen) {
		kindIds.clear();
		kindIds.addAll(kindLabels.keySet());
		kindChoice.removeAll();
		kindChoice.add(Messages.Archive_allKinds);
		kindIds.forEach(id -> kindChoice.add(kindLabels.get(id)));
		int selected = chosen.size() == 1 ? kindIds.indexOf(chosen.iterator().next()) + 1 : 0;
		kindChoice.select(Math.max(selected, 0));
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			current = null;
			enableRecording();
			timeline.removeAll();
			shown.clear();
			summary.setText(NLS.bind(Messages.Archive_failed, reason));
		}
	}

	/** Talks and dispositions are recorded on a shown archive, by those who may record them. */
	private void enableRecording() {
		rights.enable(recordTalk, current != null, IntegrityPermissions.RECORDS_WRITE);
		rights.enable(recordDisposition, current != null, IntegrityPermissions.RECORDS_WRITE);
	}

	private void showDetail() {
		int index = timeline.getSelectionIndex();
		if (index >= 0 && index < shown.size()) {
			ArchiveEntry entry = shown.get(index);
			detail.setText(entry.title() + "\n\n" + (entry.detail() == null ? "" : entry.detail()));
		}
	}

	/** Reads the person's earlier talks (to offer them for escalation), then opens the talk form. */
	private void recordTalk() {
		if (current == null) {
			return;
		}
		Staff person = current.staff();
		background.run(Messages.Archive_talksJob, () -> talks.talks(person.staffNo(), principal),
				earlier -> openTalkForm(person, earlier), this::showFailure);
	}

	private void openTalkForm(Staff person, List<Talk> earlier) {
		if (timeline.isDisposed()) {
			return;
		}
		// the talker is chosen among the staff the part read for its list (in a job, when it opened)
		TalkDialog form = new TalkDialog(timeline.getShell(), background, talks, principal, person, earlier,
				List.copyOf(staff), departments);
		if (form.open() == Window.OK) {
			load(selectedKinds());
		}
	}

	private void recordDisposition() {
		if (current == null) {
			return;
		}
		DispositionDialog form = new DispositionDialog(timeline.getShell(), background, dispositions, principal,
				current.staff());
		if (form.open() == Window.OK) {
			load(selectedKinds());
		}
	}

	/** The people and period of a report, as asked. */
	private record ReportRequest(Period period, List<String> people) {
	}

	/** Asks for the people of a report (the shown person by default); null when the period is bad or it is cancelled. */
	private ReportRequest askReport(Shell shell) {
		if (!Forms.readable(from, to)) {
			return null;
		}
		Period period = period();
		if (period == null) {
			summary.setText(Messages.Archive_badPeriod);
			return null;
		}
		ReportPeopleDialog ask = new ReportPeopleDialog(shell, background, period, staff, departments,
				current == null ? null : current.staff());
		return ask.open() == Window.OK ? new ReportRequest(period, ask.saved()) : null;
	}

	/**
	 * 廉情报告预览…: the report for the people asked, composed in a job and shown page by page without a number (none is
	 * taken, nothing is audited but the archive reads: its number line says it is a draft).
	 */
	private void previewReport() {
		Shell shell = timeline.getShell();
		ReportRequest request = askReport(shell);
		if (request == null) {
			return;
		}
		background.run(Messages.Report_composeJob, () -> reports.draft(request.people(), request.period(), principal),
				draft -> {
					if (shell.isDisposed()) {
						return;
					}
					new PrintPreviewDialog(shell, Printouts.draft(draft.title(), draft), printout -> {
						Printing.Outcome printed = Printing.print(shell, printout);
						if (printed != null && !summary.isDisposed()) {
							summary.setText(printed.message());
						}
					}).open();
				}, reason -> {
					if (!summary.isDisposed()) {
						summary.setText(NLS.bind(Messages.Report_previewFailed, reason));
					}
				});
	}

	/** Asks for the people (the shown person by default) and the file, then issues and writes in a job. */
	private void issueReport() {
		Shell shell = timeline.getShell();
		if (!reports.documentsAvailable()) {
			MessageDialog.openInformation(shell, Messages.Report_title, Messages.Report_unavailable);
			return;
		}
		ReportRequest request = askReport(shell);
		if (request == null) {
			return;
		}
		Period period = request.period();
		List<String> people = request.people();
		FileDialog files = new FileDialog(shell, SWT.SAVE);
		files.setText(Messages.Report_title);
		files.setFilterExtensions(new String[] { "*.pdf", "*.docx" });
		files.setFilterNames(new String[] { Messages.Report_pdf, Messages.Report_docx });
		files.setFileName(Messages.Report_fileName + ".pdf");
		files.setOverwrite(true);
		String chosen = FileDialogs.open(files);
		if (chosen == null) {
			return;
		}
		String lower = chosen.toLowerCase(Locale.ROOT);
		DocumentFormat format = lower.endsWith(".docx") ? DocumentFormat.DOCX : DocumentFormat.PDF;
		Path file = Path.of(lower.endsWith(".docx") || lower.endsWith(".pdf") ? chosen : chosen + ".pdf");
		summary.setText(Messages.Report_writing);
		background.run(Messages.Report_job, () -> {
			OfficialDocument report = reports.issue(people, period, principal);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			reports.write(report, format, bytes);
			Files.write(file, bytes.toByteArray());
			return report;
		}, report -> reportWritten(NLS.bind(Messages.Report_done, new Object[] { report.title(), report.number(), file })),
				reason -> reportFailed(shell, reason));
	}

	private void reportWritten(String message) {
		if (!summary.isDisposed()) {
			summary.setText(message);
		}
	}

	private void reportFailed(Shell shell, String reason) {
		if (!summary.isDisposed()) {
			summary.setText(NLS.bind(Messages.Report_failed, reason));
			MessageDialog.openError(shell, Messages.Report_title, NLS.bind(Messages.Report_failed, reason));
		}
	}

	@Focus
	void focus() {
		staffChoice.setFocus();
	}

	/** F5: what 显示 does: the chosen person's archive again, with the kinds chosen. */
	@Override
	public void refresh() {
		load(selectedKinds());
	}
}
