package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.ConcurrentChangeException;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewFilter;
import ducha.study.ReviewProblem;
import ducha.study.ReviewService;
import ducha.study.RotationProposal;

/** The month's assignment, recording and verifying reviews, who sees them, the month's feedback. */
class ReviewsTest {

	private static final LocalDate DAY = LocalDate.now().minusDays(2);
	private static final YearMonth MONTH = YearMonth.from(DAY);

	private final ReviewService reviews = Osgi.service(ReviewService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void theOfficeSavesTheMonthsAssignmentReplacingWhatWasStored() {
		ReviewCourt.assign(MONTH);
		List<ReviewAssignment> edited = reviews.saveAssignments(MONTH,
				List.of(ReviewAssignment.of(MONTH, ReviewCourt.ZHOU, "XZT")), ReviewCourt.OFFICE);

		assertEquals(List.of("XZT"), edited.stream().map(ReviewAssignment::departmentCode).toList());
		assertEquals(edited, reviews.assignments(MONTH, ReviewCourt.OFFICE));
		assertEquals(edited, reviews.assignments(MONTH, ReviewCourt.zhou()));
		assertEquals(List.of(), reviews.assignments(MONTH.minusMonths(1), ReviewCourt.OFFICE));
	}

	@Test
	void theProposalKeepsTheRulesAndTheOfficeSavesItAsProposed() {
		RotationProposal proposal = reviews.propose(MONTH, ReviewCourt.OFFICE);

		assertEquals(MONTH, proposal.month());
		Set<String> departments = new HashSet<>(proposal.uncovered());
		for (ReviewAssignment line : proposal.assignments()) {
			// 郑导's role ended last year: only 周政 (民一庭) and 吴督 (刑庭) review, never their own department
			String own = Map.of(ReviewCourt.ZHOU, "MS1", ReviewCourt.WU, "XST").get(line.reviewerStaffNo());
			assertTrue(own != null && !own.equals(line.departmentCode()), line.toString());
			assertTrue(departments.add(line.departmentCode()), "a department twice: " + line);
		}
		assertEquals(Set.of("MS1", "XST", "XZT"), departments, "every active department is covered or listed");

		List<ReviewAssignment> stored = reviews.saveAssignments(MONTH, proposal.assignments(), ReviewCourt.OFFICE);
		assertEquals(stored, reviews.assignments(MONTH, ReviewCourt.OFFICE));
		assertEquals(proposal.assignments().size(), stored.size());
	}

	@Test
	void anAssignmentRefusesOwnDepartmentsUnknownNamesAndReviewersWithoutTheRole() {
		ReviewCourt.assign(MONTH);
		List<ReviewAssignment> lines = List.of(ReviewAssignment.of(MONTH, ReviewCourt.ZHOU, "MS1"),
				ReviewAssignment.of(MONTH, "99999", "XST"), ReviewAssignment.of(MONTH, ReviewCourt.WU, "NOPE"),
				ReviewAssignment.of(MONTH, ReviewCourt.ZHENG, "XST"), ReviewAssignment.of(MONTH, ReviewCourt.LI, "XZT"));
		ValidationException refused = assertThrows(ValidationException.class,
				() -> reviews.saveAssignments(MONTH, lines, ReviewCourt.OFFICE));

		String problems = refused.problems().toString();
		assertTrue(refused.problems().size() >= 5, problems);
		assertTrue(problems.contains(ReviewCourt.ZHOU) && problems.contains("民事审判第一庭"), problems);
		assertTrue(problems.contains("99999") && problems.contains("NOPE"), problems);
		assertTrue(problems.contains(ReviewCourt.ZHENG) && problems.contains(ReviewCourt.LI), problems);
		assertEquals(List.of("MS1", "XST"), reviews.assignments(MONTH, ReviewCourt.OFFICE).stream()
				.map(ReviewAssignment::departmentCode).toList(), "the stored assignment is left as it was");
	}

	@Test
	void onlyTheOfficeProposesAndSavesAndStaffCannotReadTheAssignment() {
		Principal zhou = ReviewCourt.zhou();
		Principal staff = ReviewCourt.user("li", ReviewCourt.LI, Role.STAFF, "MS1");
		List<ReviewAssignment> lines = List.of(ReviewAssignment.of(MONTH, ReviewCourt.ZHOU, "XST"));

		assertThrows(AccessDeniedException.class, () -> reviews.propose(MONTH, zhou));
		assertThrows(AccessDeniedException.class, () -> reviews.saveAssignments(MONTH, lines, zhou));
		assertThrows(AccessDeniedException.class, () -> reviews.assignments(MONTH, staff));
		assertEquals(List.of(), reviews.assignments(MONTH, ReviewCourt.OFFICE));
	}

	@Test
	void aPoliticalSupervisorRecordsOnlyAReviewAssignedToThem() {
		ReviewCourt.assign(MONTH);
		Principal zhou = ReviewCourt.zhou();

		Review stored = reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO, ReviewCourt.SUN), zhou);
		assertTrue(stored.recordNo().startsWith("DY" + DAY.getYear() + "-"), stored.recordNo());
		assertEquals(2, stored.personTimes());
		assertEquals(1, stored.problems().size());

		assertThrows(AccessDeniedException.class,
				() -> reviews.record(review(ReviewCourt.ZHOU, "XZT", ReviewCourt.QIAN), zhou), "not assigned");
		assertThrows(AccessDeniedException.class,
				() -> reviews.record(review(ReviewCourt.WU, "MS1", ReviewCourt.LI), zhou), "another's assignment");
		Review lastMonth = new Review(0, null, MONTH.minusMonths(1), ReviewCourt.ZHOU, "XST",
				MONTH.minusMonths(1).atDay(20), List.of(ReviewCourt.ZHAO), List.of());
		assertThrows(AccessDeniedException.class, () -> reviews.record(lastMonth, zhou), "another month");
		Principal staff = ReviewCourt.user("li", ReviewCourt.LI, Role.STAFF, "MS1");
		assertThrows(AccessDeniedException.class,
				() -> reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO), staff));
		assertEquals(List.of(stored), reviews.reviews(ReviewFilter.of(MONTH), ReviewCourt.OFFICE));
	}

	@Test
	void theAssignedReviewerListsTheStaffOfTheDepartmentOutsideTheirOwnScope() {
		ReviewCourt.assign(MONTH);

		assertEquals(List.of(ReviewCourt.ZHAO, ReviewCourt.SUN, ReviewCourt.WU), reviews
				.coverable(MONTH, "XST", ReviewCourt.zhou()).stream().map(Staff::staffNo).sorted().toList());
		assertThrows(AccessDeniedException.class, () -> reviews.coverable(MONTH, "XZT", ReviewCourt.zhou()));
		assertThrows(AccessDeniedException.class, () -> reviews.coverable(MONTH.minusMonths(1), "XST",
				ReviewCourt.zhou()));
		assertEquals(List.of(ReviewCourt.QIAN, ReviewCourt.ZHENG), reviews.coverable(MONTH, "XZT", ReviewCourt.OFFICE)
				.stream().map(Staff::staffNo).sorted().toList(), "the office lists any department");
	}

	@Test
	void coveredStaffMustBeStaffOfTheDepartmentAndAnUnknownNumberIsNamed() {
		ReviewCourt.assign(MONTH);
		ValidationException refused = assertThrows(ValidationException.class, () -> reviews
				.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO, "99999", ReviewCourt.LI), ReviewCourt.zhou()));

		assertEquals(2, refused.problems().size(), refused.problems().toString());
		assertTrue(refused.problems().get(0).contains("99999"), refused.problems().toString());
		assertTrue(refused.problems().get(1).contains(ReviewCourt.LI) && refused.problems().get(1).contains("刑事审判庭"),
				refused.problems().toString());
		assertEquals(List.of(), reviews.reviews(ReviewFilter.all(), ReviewCourt.OFFICE));
	}

	@Test
	void theReviewerVerifiesAProblemNotBeforeTheReviewAndNobodyElseMay() {
		ReviewCourt.assign(MONTH);
		Review stored = reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO), ReviewCourt.zhou());
		long problem = stored.problems().get(0).id();
		long seen = stored.problems().get(0).version();

		assertThrows(AccessDeniedException.class,
				() -> reviews.verify(problem, seen, "已补充", DAY, ReviewCourt.wu()));
		assertThrows(ValidationException.class,
				() -> reviews.verify(problem, seen, "已补充", DAY.minusDays(1), ReviewCourt.zhou()));
		Review verified = reviews.verify(problem, seen, "已补充研讨记录", DAY, ReviewCourt.zhou());

		ReviewProblem p = verified.problems().get(0);
		assertTrue(p.verified());
		assertEquals("已补充研讨记录", p.verification());
		assertEquals(DAY, p.verifiedOn());
	}

	@Test
	void readersSeeAllAssignedOrTheirOwnDepartmentsReviews() {
		ReviewCourt.assign(MONTH);
		Review ofXst = reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO), ReviewCourt.zhou());
		Review ofMs1 = reviews.record(review(ReviewCourt.WU, "MS1", ReviewCourt.LI), ReviewCourt.wu());
		Principal leader = ReviewCourt.user("leader", null, Role.COURT_LEADER);
		Principal xstHead = ReviewCourt.user("xsthead", ReviewCourt.SUN, Role.DEPARTMENT_HEAD, "XST");
		Principal staff = ReviewCourt.user("li", ReviewCourt.LI, Role.STAFF, "MS1");

		assertEquals(List.of(ofMs1, ofXst), reviews.reviews(ReviewFilter.of(MONTH), leader));
		assertEquals(List.of(ofXst), reviews.reviews(ReviewFilter.of(MONTH), ReviewCourt.zhou()));
		assertEquals(List.of(ofXst), reviews.reviews(ReviewFilter.all(), xstHead));
		assertEquals(List.of(ofMs1), reviews.reviews(new ReviewFilter(MONTH, "MS1"), ReviewCourt.OFFICE));
		assertThrows(AccessDeniedException.class, () -> reviews.reviews(ReviewFilter.all(), staff));
	}

	@Test
	void theMonthsFeedbackIsANumberedDocumentForTheOfficeOnly() throws Exception {
		ReviewCourt.assign(MONTH);
		reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO, ReviewCourt.SUN), ReviewCourt.zhou());
		assertTrue(reviews.documentsAvailable());

		assertThrows(AccessDeniedException.class, () -> reviews.feedback(MONTH, "XST", DocumentFormat.DOCX,
				new ByteArrayOutputStream(), ReviewCourt.zhou()));
		assertThrows(ValidationException.class, () -> reviews.feedback(MONTH, "XZT", DocumentFormat.DOCX,
				new ByteArrayOutputStream(), ReviewCourt.OFFICE));

		ByteArrayOutputStream first = new ByteArrayOutputStream();
		OfficialDocument issued = reviews.feedback(MONTH, "XST", DocumentFormat.DOCX, first, ReviewCourt.OFFICE);
		OfficialDocument again = reviews.feedback(MONTH, "XST", DocumentFormat.PDF, new ByteArrayOutputStream(),
				ReviewCourt.OFFICE);
		assertTrue(issued.title().contains("刑事审判庭"), issued.title());
		assertFalse(issued.number().isBlank());
		assertNotEquals(issued.number(), again.number());
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(first.toByteArray()));
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			String body = text.getText();
			assertTrue(body.contains("共调阅2人次"), body);
			assertTrue(body.contains("学习记录过于简单"), body);
			assertTrue(body.contains("周政"), body);
		}
	}

	/** The preview's draft is the document the issue gives, without a number; it takes none and needs the office. */
	@Test
	void theFeedbacksDraftIsTheIssuedDocumentWithoutANumberAndTakesNone() throws Exception {
		ReviewCourt.assign(MONTH);
		reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO, ReviewCourt.SUN), ReviewCourt.zhou());

		NumberingService numbers = Osgi.service(NumberingService.class);
		int before = numbers.lastIssued(ReviewService.FEEDBACK_KIND, MONTH.getYear());
		assertThrows(AccessDeniedException.class, () -> reviews.feedbackDraft(MONTH, "XST", ReviewCourt.zhou()));
		assertThrows(ValidationException.class, () -> reviews.feedbackDraft(MONTH, "XZT", ReviewCourt.OFFICE));
		OfficialDocument draft = reviews.feedbackDraft(MONTH, "XST", ReviewCourt.OFFICE);
		OfficialDocument again = reviews.feedbackDraft(MONTH, "XST", ReviewCourt.OFFICE);
		assertEquals("", draft.number());
		assertEquals(draft, again, "a preview changes nothing");
		assertTrue(draft.paragraphs().stream().anyMatch(p -> p.contains("共调阅2人次")), draft.paragraphs().toString());
		assertEquals(before, numbers.lastIssued(ReviewService.FEEDBACK_KIND, MONTH.getYear()), "drafts take no number");

		OfficialDocument issued = reviews.feedback(MONTH, "XST", DocumentFormat.DOCX, new ByteArrayOutputStream(),
				ReviewCourt.OFFICE);
		assertEquals(draft.title(), issued.title());
		assertEquals(draft.paragraphs(), issued.paragraphs());
		assertTrue(issued.number().endsWith("第" + (before + 1) + "期"), "the next number: " + issued.number());
	}

	private static Review review(String reviewer, String department, String... covered) {
		return Review.of(MONTH, reviewer, department, DAY, List.of(covered),
				List.of(ReviewProblem.of("学习记录过于简单，未体现研讨内容", "补充研讨发言记录")));
	}

	/** Two desktops verify the same problem: the one verifying from the view read before is refused. */
	@Test
	void aVerificationFromAnOutOfDateViewIsRefused() {
		ReviewCourt.assign(MONTH);
		Review review = reviews.record(review(ReviewCourt.ZHOU, "XST", ReviewCourt.ZHAO), ReviewCourt.zhou());
		ReviewProblem seen = review.problems().get(0);

		reviews.verify(seen.id(), seen.version(), "已补充研讨记录", DAY,
				ReviewCourt.user("deputy", null, Role.OFFICE_DIRECTOR));
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> reviews.verify(seen.id(), seen.version(), "已整改", DAY, ReviewCourt.OFFICE));

		assertEquals("deputy", refused.changedBy().orElseThrow());
		assertEquals("已补充研讨记录", reviews.reviews(ReviewFilter.of(MONTH), ReviewCourt.OFFICE).get(0).problems()
				.get(0).verification(), "nothing of the second verification stored");
	}
}
