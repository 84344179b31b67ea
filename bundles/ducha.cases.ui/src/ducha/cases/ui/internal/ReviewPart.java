package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.cases.BulletinDocuments;
import ducha.cases.CaseBulletin;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 评查: the review findings of a year with, for the selected finding, its reminder talks and rectification
 * follow-ups, and the year's case bulletins. Forms beside the table enter each step of the chain; every service
 * call runs in a job and its answer, a refusal included, appears in the status line.
 */
public class ReviewPart implements Refreshable {

	/** A finding with the names and the bulletin label resolved in the job. */
	record Row(ReviewFinding finding, String staff, String department, String bulletin) {
	}

	/** What the tabs need from the part. */
	interface Actions {

		/** Runs a change in a job; then reloads the findings, keeps the finding selected and shows the message. */
		<T> void change(String what, Callable<T> call, Consumer<T> done);

		/** Runs a read in a job and hands the result to the UI thread. */
		<T> void read(String what, Callable<T> call, Consumer<T> done);

		ReviewService review();

		Principal principal();

		PeopleNames names();
	}

	@Inject
	private Principal principal;

	@Inject
	private ReviewService review;

	@Inject
	private DirectoryService directory;

	@Inject
	private Background background;

	/** The bulletin documents; optional so that the review works without the platform's document service. */
	@Inject
	@Optional
	private BulletinDocuments documents;

	@Inject
	private PeopleNames names;

	private Label status;
	private Combo year;
	private ListTable<Row> findings;
	private TabFolder tabs;
	private TalkTab talks;
	private FollowupTab followups;
	private BulletinTab bulletins;
	/** Counts the reads started: one that a later read overtook (another year) is not shown. */
	private int generation;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		new Label(bar, SWT.NONE).setText(Messages.Review_year);
		int thisYear = LocalDate.now().getYear();
		year = Forms.combo(bar, "review.year", Integer.toString(thisYear), Integer.toString(thisYear - 1),
				Integer.toString(thisYear - 2), Integer.toString(thisYear - 3));
		year.addListener(SWT.Selection, e -> load(null, null));
		Forms.button(bar, "review.reload", Messages.Cases_reload).addListener(SWT.Selection,
				e -> load(selectedId(), null));
		status = Forms.status(bar, "review.status", 1);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		findings = new ListTable<>(sash, "review.findings", true, Row.class,
				new Column<Row>(Messages.Order_colId, 45, r -> Long.toString(r.finding().id())),
				new Column<Row>(Messages.Review_colType, 130, r -> r.finding().type().label()),
				new Column<Row>(Messages.Cases_colNo, 190, r -> r.finding().caseNo()),
				new Column<Row>(Messages.Review_colStaff, 100, Row::staff),
				new Column<Row>(Messages.Cases_colDepartment, 100, Row::department),
				new Column<Row>(Messages.Review_colDate, 95, r -> r.finding().foundDate().toString()),
				new Column<Row>(Messages.Review_colDescription, 220, r -> r.finding().description()),
				new Column<Row>(Messages.Review_colBulletin, 100, Row::bulletin));
		findings.onSelect(this::select);

		Actions actions = new PartActions();
		tabs = Forms.named(new TabFolder(sash, SWT.TOP), "review.tabs");
		FindingForm finding = new FindingForm(tabs, actions);
		tab(Messages.Review_tabFinding, finding.control());
		talks = new TalkTab(tabs, actions);
		tab(Messages.Review_tabTalks, talks.control());
		followups = new FollowupTab(tabs, actions);
		tab(Messages.Review_tabFollowups, followups.control());
		BulletinExport export = new BulletinExport(background, principal);
		BulletinPrint print = new BulletinPrint(background, principal);
		bulletins = new BulletinTab(tabs, actions, () -> findings.selection().stream().map(Row::finding).toList(),
				(bulletin, format) -> export.export(status.getShell(), documents, bulletin, format,
						(text, problem) -> Forms.report(status, text, problem)),
				bulletin -> print.preview(status.getShell(), documents, bulletin,
						(text, problem) -> Forms.report(status, text, problem)));
		tab(Messages.Review_tabBulletins, bulletins.control());
		sash.setWeights(42, 58);
		select(null);
		load(null, null);
		// the people of the forms are chosen by name from the active staff, read once off the UI thread
		background.run(Messages.Review_loadJob, () -> new Staffing(
				directory.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), principal),
				directory.departmentNames()), staffing -> {
					if (!status.isDisposed()) {
						finding.offer(staffing.staff(), staffing.departments());
						talks.offer(staffing.staff(), staffing.departments());
						followups.offer(staffing.staff(), staffing.departments());
					}
				}, this::fail);
	}

	/** Whom the forms offer: the active staff and their departments' names. */
	private record Staffing(List<Staff> staff, DepartmentNames departments) {
	}

	private void tab(String text, Composite control) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(text);
		item.setControl(control);
	}

	private Period period() {
		return Period.year(Integer.parseInt(year.getText()));
	}

	private Long selectedId() {
		Row row = findings.selected();
		return row == null ? null : row.finding().id();
	}

	/** Reads the year's findings and bulletins in one job; then selects the finding with the id again. */
	private void load(Long keep, String message) {
		status.setText(Messages.Cases_loading);
		Period period = period();
		int current = ++generation;
		background.run(Messages.Review_loadJob, () -> {
			List<CaseBulletin> issued = review.bulletins(period);
			Map<Long, String> labels = issued.stream()
					.collect(Collectors.toMap(CaseBulletin::id, CaseBulletin::label));
			List<Row> rows = review.findings(period, principal).stream()
					.map(f -> new Row(f, names.staffWithNo(f.staffNo()), names.department(f.departmentCode()),
							f.bulletinId() == null ? "" : labels.getOrDefault(f.bulletinId(), "#" + f.bulletinId())))
					.toList();
			return new Loaded(rows, issued);
		}, loaded -> {
			if (current == generation) {
				show(loaded, keep, message);
			}
		}, this::fail);
	}

	private record Loaded(List<Row> rows, List<CaseBulletin> bulletins) {
	}

	private void show(Loaded loaded, Long keep, String message) {
		if (status.isDisposed()) {
			return;
		}
		findings.show(loaded.rows(), keep == null ? null : r -> r.finding().id() == keep);
		bulletins.show(loaded.bulletins());
		setStatus(message != null ? message
				: NLS.bind(Messages.Review_summary, new Object[] { year.getText(), loaded.rows().size(),
						loaded.bulletins().size() }));
		select(findings.selected());
	}

	private void select(Row row) {
		talks.show(row == null ? null : row.finding(), row == null ? null : row.staff());
		followups.show(row == null ? null : row.finding());
	}

	private void setStatus(String text) {
		Forms.report(status, text, false);
	}

	private void fail(String reason) {
		Forms.report(status, NLS.bind(Messages.Cases_refused, reason), true);
	}

	/** Rows shown, for tests. */
	int shownFindings() {
		return findings.control().getItemCount();
	}

	@Focus
	void focus() {
		findings.control().setFocus();
	}

	private final class PartActions implements Actions {

		@Override
		public <T> void change(String what, Callable<T> call, Consumer<T> done) {
			status.setText(Messages.Cases_saving);
			Long keep = selectedId();
			background.run(what, call, result -> {
				done.accept(result);
				load(keep, NLS.bind(Messages.Review_done, what));
			}, reason -> {
				ReviewPart.this.fail(reason);
				// the tabs read the selected finding's talks and follow-ups again: another desktop may have changed one
				select(findings.selected());
			});
		}

		@Override
		public <T> void read(String what, Callable<T> call, Consumer<T> done) {
			background.run(what, call, done, ReviewPart.this::fail);
		}

		@Override
		public ReviewService review() {
			return review;
		}

		@Override
		public Principal principal() {
			return principal;
		}

		@Override
		public PeopleNames names() {
			return names;
		}
	}

	/** F5: what 刷新 does: the findings again, the selected one kept. */
	@Override
	public void refresh() {
		load(selectedId(), null);
	}
}
