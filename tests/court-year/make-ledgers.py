#!/usr/bin/env python3
"""Writes the ledgers of one court-year (安州区人民法院, 2024) into tests/court-year/2024/.

The figures are the source article's (/shared/domain/source-article.zh.txt, the court's 2024 work summary): 11
political and 11 integrity supervisors, 5 specialist groups, 15 work meetings with 9 problems analysed and 9
resolved, 7 study-record reviews of 500-odd person-times (here 504), 2 quarterly tests with 6 staff at make-ups,
18 case bulletins naming 21 staff of 6 departments, 21 reminder talks, 18 follow-ups, 45 inspections and 9
inspection bulletins, 4 petitions all disposed, 2 staff cleared, 32 staff given a reminder talk or criticism, 1
written self-examination, 3 ordered to resign, 45 control measures, 21 rules, 130-odd books (here 132) and 7 book
recommendations. (The article counts bulletins, talks and follow-ups "since 2021"; the fixture puts them in 2024.)

Each file is written as an office keeps it, with the traps a real year brings: records just outside the year (late
December 2023, early January 2025), a measure retired and a rule repealed during the year, a book taken off the
shelf, a make-up sat in 2024 for a 2023 test, a supervisor appointed after the year, a term ended and taken over in
the year, a staff member disciplined twice, an inspection problem rectified after the year, the staff ledger in GBK
below a title row with a 合计 row, problem types in the office's own spelling (文书表述不准确).

Each file is named NN-KIND.csv: imported in the order of NN with `ducha-cli ledger import KIND FILE`
(releng/scripts/court-year.sh). The expected report is expected-2024.csv beside this script. Run again after a change: the output is deterministic.
"""
import csv
import io
import os
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "2024")

DEPARTMENTS = [  # code, name, kind, staff count
    ("YLD", "院领导", "院领导", 8),
    ("ZZB", "政治部（督察室）", "综合部门", 12),
    ("BGS", "办公室", "综合部门", 15),
    ("LAT", "立案庭", "审判部门", 25),
    ("XST", "刑事审判庭", "审判部门", 20),
    ("MYT", "民事审判第一庭", "审判部门", 76),
    ("MET", "民事审判第二庭", "审判部门", 30),
    ("XZT", "行政审判庭", "审判部门", 14),
    ("ZXJ", "执行局", "执行部门", 80),
    ("SGB", "审判管理办公室", "审判管理", 10),
    ("FJD", "司法警察大队", "综合部门", 18),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力飞鹏宇浩凯俊峰波斌晨阳欣怡婷雪琳晓燕梅莉琴云松林海亮志鑫"


def name(i):
    s = SURNAMES[i % len(SURNAMES)]
    g = GIVEN[(i * 7) % len(GIVEN)]
    g2 = GIVEN[(i * 13 + 5) % len(GIVEN)]
    return s + g + (g2 if i % 3 else "")


STAFF = {}  # department code -> [工号]
rows = []
n = 0
for code, dept, _, count in DEPARTMENTS:
    STAFF[code] = []
    for k in range(count):
        no = "%d" % (10001 + n)
        position = ("庭长" if k == 0 else "副庭长" if k == 1 else "审判员" if k < 8 else "法官助理" if k < 20 else "书记员")
        if code in ("YLD",):
            position = "院长" if k == 0 else "副院长" if k < 5 else "审判委员会专职委员"
        hired = date(1998 + (n % 25), 1 + n % 12, 1 + n % 27)
        rows.append([no, name(n), dept, position, hired.isoformat(), "在职"])
        STAFF[code].append(no)
        n += 1


def clean():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))


clean()


def write(file, header, body, encoding="utf-8-sig", title=None, footer=None):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if title:
        w.writerow([title] + [""] * (len(header) - 1))
    w.writerow(header)
    for r in body:
        w.writerow(r)
    if footer:
        w.writerow(footer + [""] * (len(header) - len(footer)))
    with open(os.path.join(OUT, file), "w", encoding=encoding, newline="") as f:
        f.write(buf.getvalue())


def d(y, m, day):
    return date(y, m, day).isoformat()


# ---- platform: departments and the staff roll (GBK, below a title row, with a 合计 row)
write("01-departments.csv", ["编码", "名称", "类型", "排序"],
      [[c, nm, kind, i + 1] for i, (c, nm, kind, _) in enumerate(DEPARTMENTS)])
write("02-staff.csv", ["工号", "姓名", "部门", "职务", "入职日期", "在职状态"], rows, encoding="gbk",
      title="安州区人民法院干警名册（2024年12月）", footer=["合计：%d 人" % len(rows)])

DIRECTOR = STAFF["ZZB"][0]  # 政治部（督察室）主任: the account that imports the domain ledgers

# ---- team: 11 political and 11 integrity supervisors (one of each per department) at the end of 2024
roster = []
for i, (code, dept, _, _) in enumerate(DEPARTMENTS):
    pol, integ = STAFF[code][2], STAFF[code][3]
    if code == "MYT":  # a term ended in June and taken over in July: one political supervisor at the year's end
        roster.append([STAFF[code][4], "政治督导员", dept, d(2022, 3, 1), d(2024, 6, 30), "安法政〔2022〕5号"])
        roster.append([pol, "政治督导员", dept, d(2024, 7, 1), "", "安法政〔2024〕11号"])
    else:
        roster.append([pol, "政治督导员", dept, d(2022, 3, 1), "", "安法政〔2022〕5号"])
    if code == "ZXJ":  # the integrity supervisor's term ends on the year's last day, the successor starts 2025
        roster.append([integ, "廉政监察员", dept, d(2022, 3, 1), d(2024, 12, 31), "安法政〔2022〕5号"])
        roster.append([STAFF[code][5], "廉政监察员", dept, d(2025, 1, 1), "", "安法政〔2024〕30号"])
    else:
        roster.append([integ, "廉政监察员", dept, d(2022, 3, 1), "", "安法政〔2022〕5号"])
roster.append([DIRECTOR, "政治部（督察室）主任", "", d(2021, 1, 1), "", "安法政〔2021〕1号"])
write("10-team-roster.csv", ["工号", "角色", "部门", "任职日期", "免职日期", "任职文号"], roster)

GROUPS = [("LAXF", "立案信访督察组", ["LAT", "ZZB"]), ("XSXZ", "刑事行政督察组", ["XST", "XZT"]),
          ("MSS", "民商事督察组", ["MYT", "MET"]), ("ZX", "执行督察组", ["ZXJ", "FJD"]),
          ("XZZH", "行政综合督察组", ["BGS", "SGB"])]
members = []
for gcode, gname, depts in GROUPS:
    for j, dc in enumerate(depts):
        members.append([gcode, gname, STAFF[dc][2], d(2024, 3, 1), "", "是" if j == 0 else "否"])
        members.append([gcode, gname, STAFF[dc][3], d(2024, 3, 1), "", "否"])
# a sixth group established only in February 2025: not a group of 2024
members.append(["DY", "调研督察组", STAFF["YLD"][1], d(2025, 2, 1), "", "是"])
write("11-team-groups.csv", ["组编号", "专业督察组", "工号", "加入日期", "退出日期", "组长"], members)

supervisors = [r[0] for r in roster if r[1] in ("政治督导员", "廉政监察员") and not r[4]][:12]
meeting_days = [d(2024, m, 10) for m in range(1, 13)] + [d(2024, 3, 25), d(2024, 6, 20), d(2024, 9, 26)]
meeting_days += [d(2023, 12, 28), d(2025, 1, 9)]  # just outside the year
write("12-team-meetings.csv", ["会议日期", "会议名称", "主持人工号", "参会人员工号"],
      [[day, "政治督导员、廉政监察员月度工作例会", DIRECTOR, "、".join(supervisors)] for day in meeting_days])
problems = []
for k in range(9):  # nine problems raised in 2024, each analysed and resolved in 2024
    mday = date(2024, 1 + k, 10)
    problems.append([mday.isoformat(), 1, supervisors[k], "例会问题%d：部门学习记录不规范" % (k + 1),
                     DEPARTMENTS[3 + k % 8][1], "分析原因并提出整改意见", (mday + timedelta(days=3)).isoformat(),
                     "限期整改并复查", supervisors[k], (mday + timedelta(days=20)).isoformat(),
                     (mday + timedelta(days=15)).isoformat(), "已整改"])
# raised at the December 2023 meeting and resolved in February 2024: not a problem of a 2024 meeting
problems.append([d(2023, 12, 28), 1, supervisors[0], "跨年问题：庭审纪律松懈", "执行局", "分析原因", d(2024, 1, 5),
                 "加强庭审巡查", supervisors[0], d(2024, 2, 28), d(2024, 2, 20), "已整改"])
# raised in January 2025: outside the year
problems.append([d(2025, 1, 9), 1, supervisors[1], "新年度问题：卷宗归档不及时", "立案庭", "", "", "", "", "", "", ""])
write("13-team-problems.csv", ["会议日期", "序号", "提出人工号", "问题", "涉及部门", "分析情况", "分析日期", "解决措施",
                               "责任人工号", "解决期限", "解决日期", "解决情况"], problems)

# ---- study: 7 monthly reviews covering 72 staff each (504 person-times), two tests, six staff at make-ups
reviewer = STAFF["ZZB"][1]
reviews = [("MYT", 1), ("ZXJ", 2), ("MYT", 4), ("ZXJ", 5), ("MYT", 7), ("ZXJ", 9), ("ZXJ", 11)]
assignments, review_rows = [], []
for k, (dc, month) in enumerate(reviews):
    dept = [x for x in DEPARTMENTS if x[0] == dc][0][1]
    assignments.append(["2024-%02d" % month, reviewer, dept])
    review_rows.append(["DY2024-%03d" % (k + 1), "2024-%02d" % month, reviewer, dept, d(2024, month, 20),
                        "、".join(STAFF[dc][:72])])
assignments.append(["2023-12", reviewer, "刑事审判庭"])  # December 2023's review: outside the year
review_rows.append(["DY2023-012", "2023-12", reviewer, "刑事审判庭", d(2023, 12, 27), "、".join(STAFF["XST"])])
write("20-study.review-assignments.csv", ["月份", "调阅人工号", "被调阅部门"], assignments)
write("21-study.reviews.csv", ["编号", "月份", "调阅人工号", "被调阅部门", "调阅日期", "调阅干警工号"], review_rows)

tests = [("2023Q4", "2023年第四季度政治理论测试", 2023, 4, d(2023, 12, 26)),
         ("2024Q1", "2024年第一季度政治理论测试", 2024, 1, d(2024, 3, 26)),
         ("2024Q3", "2024年第三季度政治理论测试", 2024, 3, d(2024, 9, 24))]
write("22-study.tests.csv", ["检测编号", "名称", "年度", "季度", "考试日期", "及格分", "总分", "考试方式"],
      [[c, t, y, q, held, 60, 100, "纸质考试"] for c, t, y, q, held in tests])
takers = STAFF["LAT"][:20]
failing = {"2023Q4": [takers[19]], "2024Q1": takers[0:4], "2024Q3": [takers[3], takers[4], takers[5]]}
scores, makeups = [], []
for c, _, _, _, held in tests:
    for i, no in enumerate(takers):
        scores.append([no, c, 52 if no in failing[c] else 70 + i, "否", held])
    for no in failing[c]:
        makeups.append([no, c, 75, (date.fromisoformat(held) + timedelta(days=15)).isoformat()])
write("23-study.scores.csv", ["工号", "检测编号", "成绩", "缺考", "考试日期"], scores)
write("24-study.makeups.csv", ["工号", "检测编号", "补考成绩", "补考日期"], makeups)

# ---- cases: findings of 21 staff in 6 departments, 21 reminder talks, 18 follow-ups
involved = STAFF["LAT"][5:9] + STAFF["XST"][5:8] + STAFF["MYT"][20:26] + STAFF["MET"][5:8] + STAFF["XZT"][5:7] \
    + STAFF["ZXJ"][20:23]
assert len(involved) == 21
types = ["瑕疵案件", "文书表述不准确", "系统使用不规范"]  # the office's spelling of the last two
court_code = {"LAT": "民初", "XST": "刑初", "MYT": "民初", "MET": "民初", "XZT": "行初", "ZXJ": "执"}
findings, talks, followups = [], [], []


def bulletin_day(k):  # the k-th case bulletin of 2024: every 20 days from mid-January
    return date(2024, 1, 11) + timedelta(days=(k - 1) * 20)


for k, no in enumerate(involved):
    dc = [c for c, lst in STAFF.items() if no in lst][0]
    case_no = "（2024）川0724%s%d号" % (court_code[dc], 100 + k)
    bulletin_no = 1 + k % 18
    found = bulletin_day(bulletin_no) - timedelta(days=8 + k // 18)
    bulletin = "2024年第%d期" % bulletin_no
    findings.append([case_no, types[k % 3], no, found.isoformat(), "评查发现：%s" % types[k % 3], bulletin])
    talks.append([case_no, no, (found + timedelta(days=7)).isoformat(), STAFF["YLD"][1 + k % 4], DIRECTOR,
                  "分管院领导与督察部门负责人联合提醒谈话"])
    if k < 18:
        followups.append([case_no, no, (found + timedelta(days=10)).isoformat(), supervisors[k % len(supervisors)],
                          "制定整改措施并限期落实", "", ""])
# a finding of December 2023 in a 2023 bulletin (its staff not otherwise involved): not a finding of 2024
findings.append(["（2023）川0724民初998号", "瑕疵案件", STAFF["BGS"][5], d(2023, 12, 12), "评查发现：瑕疵案件", "2023年第12期"])
talks.append(["（2023）川0724民初998号", STAFF["BGS"][5], d(2023, 12, 20), STAFF["YLD"][1], DIRECTOR, "提醒谈话"])
followups.append(["（2023）川0724民初998号", STAFF["BGS"][5], d(2025, 1, 6), supervisors[0], "跨年整改", "", ""])
bulletins = [["2023年第12期", d(2023, 12, 15), "2023年第12期案件质量评查通报"]]
bulletins += [["2024年第%d期" % k, bulletin_day(k).isoformat(), "2024年第%d期案件质量评查通报" % k]
              for k in range(1, 19)]
write("30-cases.bulletins.csv", ["期号", "印发日期", "通报标题"], bulletins)
write("31-cases.findings.csv", ["案号", "问题类型", "责任人工号", "发现日期", "问题描述", "所在通报"], findings)
write("32-cases.talks.csv", ["案号", "谈话对象工号", "谈话日期", "谈话人工号", "督察负责人工号", "谈话内容"], talks)
write("33-cases.followups.csv", ["案号", "责任人工号", "开始日期", "跟踪督察员工号", "整改措施", "核查销号日期", "核查情况"],
      followups)

# ---- inspections: 45 in 2024 (monthly routine, quarterly special, the rest open or unannounced), 9 bulletins
inspections, ins_findings = [], []
for k in range(45):
    day = date(2024, 1 + k % 12, 3 + (k // 12) * 6)
    kind = "专项督察" if k % 12 in (2, 5, 8, 11) and k < 24 else "例行督察"
    mode = "暗访" if k % 5 == 4 else "明察"
    dc = DEPARTMENTS[3 + k % 8]
    inspections.append(["DC2024-%03d" % (k + 1), day.isoformat() + " 09:30", kind, mode,
                        ["现场", "案件管理平台", "视频监控", "庭审直播"][k % 4], "作风纪律", dc[1],
                        "、".join(supervisors[k % 10:k % 10 + 2]), "督察情况良好", (day + timedelta(days=5)).isoformat()])
    if k < 9:
        ins_findings.append(["DC2024-%03d-1" % (k + 1), "DC2024-%03d" % (k + 1), dc[1], STAFF[dc[0]][5],
                             "上班时间离岗", "限期整改", (day + timedelta(days=30)).isoformat(),
                             (day + timedelta(days=20)).isoformat(), "已整改", "", ""])
inspections.append(["DC2023-048", d(2023, 12, 29) + " 09:00", "例行督察", "明察", "现场", "作风纪律", "执行局",
                    supervisors[0], "年终督察", d(2023, 12, 30)])
inspections.append(["DC2025-001", d(2025, 1, 3) + " 09:00", "例行督察", "明察", "现场", "作风纪律", "立案庭",
                    supervisors[1], "节后督察", d(2025, 1, 6)])
# a problem of 2024 rectified only in January 2025
ins_findings.append(["DC2024-045-1", "DC2024-045", inspections[44][6], STAFF["ZXJ"][30], "卷宗归档不及时",
                     "限期整改", d(2025, 1, 31), d(2025, 1, 20), "已整改", "", ""])
ins_findings.append(["DC2023-048-1", "DC2023-048", "执行局", STAFF["ZXJ"][31], "值班脱岗", "限期整改", d(2024, 1, 30),
                     d(2024, 1, 15), "已整改", "", ""])
write("40-inspections.inspections.csv", ["督察编号", "督察时间", "督察类型", "督察方式", "督察来源", "督察内容", "被督察部门",
                             "督察人员工号", "督察情况", "销号日期"], inspections)
write("41-inspections.findings.csv", ["问题编号", "督察编号", "责任部门", "责任人工号", "问题描述", "整改要求", "整改期限",
                                      "整改完成日期", "整改情况", "核实销号日期", "核实人"], ins_findings)
ins_bulletins = [["2024年第%d期" % (k + 1), "2024年第%d期督察通报" % (k + 1),
                  (date(2024, 1 + k, 25)).isoformat(), "DC2024-%03d-1" % (k + 1)] for k in range(9)]
ins_bulletins.append(["2023年第11期", "2023年第11期督察通报", d(2023, 12, 31), "DC2023-048-1"])
write("42-inspections.bulletins.csv", ["期号", "通报标题", "印发日期", "通报问题编号"], ins_bulletins)

# ---- integrity
dispositions = []
criticised = STAFF["ZXJ"][40:60] + STAFF["MYT"][40:52]  # 32 staff
assert len(criticised) == 32
for k, no in enumerate(criticised):
    dispositions.append(["CL2024-%03d" % (k + 1), no, "谈话提醒" if k % 2 else "批评教育", d(2024, 1 + k % 12, 8),
                         "第一种形态", "院党组", ""])
# twice disciplined in the year: still one staff member
dispositions.append(["CL2024-033", criticised[0], "谈话提醒", d(2024, 11, 18), "第一种形态", "院党组", "再次提醒"])
dispositions.append(["CL2024-034", STAFF["MET"][20], "责令书面检查", d(2024, 5, 14), "违反工作纪律", "院党组", ""])
for k, no in enumerate(STAFF["FJD"][10:13]):
    dispositions.append(["CL2024-%03d" % (35 + k), no, "责令辞职", d(2024, 8 + k, 20), "严重违纪", "院党组", ""])
dispositions.append(["CL2023-041", STAFF["BGS"][9], "谈话提醒", d(2023, 12, 27), "第一种形态", "院党组", "上年度"])
dispositions.append(["CL2025-001", STAFF["BGS"][10], "批评教育", d(2025, 1, 8), "第一种形态", "院党组", "下年度"])
write("50-integrity.dispositions.csv", ["编号", "工号", "处理方式", "处理日期", "处理依据", "决定机关", "备注"], dispositions)

measures = []
for k in range(45):
    dc = DEPARTMENTS[k % len(DEPARTMENTS)]
    measures.append(["FX-%03d" % (k + 1), dc[1], "审判岗位" if k % 2 else "执行岗位", "风险点%d" % (k + 1),
                     ["高", "中", "低"][k % 3], "防控措施%d" % (k + 1), "部门负责人", d(2023, 6, 1), d(2025, 6, 1), "", "有效"])
measures.append(["FX-046", "执行局", "执行岗位", "已停用的风险点", "中", "旧措施", "部门负责人", d(2023, 6, 1), d(2024, 6, 1),
                 d(2024, 10, 1), "已停用"])
measures.append(["FX-047", "立案庭", "立案岗位", "新增风险点", "低", "新措施", "部门负责人", d(2025, 1, 1), d(2026, 1, 1), "", "有效"])
write("51-integrity.risk-measures.csv", ["编号", "部门", "岗位", "风险点", "风险等级", "防控措施", "责任人", "生效日期", "复核日期",
                                         "停用日期", "状态"], measures)

rules = [["GZ-%02d" % (k + 1), "规章制度第%d项" % (k + 1), "安州区人民法院", d(2020 + k % 4, 1 + k % 12, 1), 12, "", "现行有效"]
         for k in range(21)]
rules[0][1], rules[1][1] = "离任人员廉政提醒谈话规定", "干警“八小时”以外管理制度"
rules.append(["GZ-22", "已废止的旧制度", "安州区人民法院", d(2019, 1, 1), 12, d(2024, 6, 30), "已废止"])
rules.append(["GZ-23", "2025年施行的新制度", "安州区人民法院", d(2025, 2, 1), 12, "", "现行有效"])
write("52-integrity.rules.csv", ["编号", "标题", "发布单位", "施行日期", "复核周期（月）", "废止日期", "状态"], rules)

books = [["QF-%03d" % (k + 1), "廉政读本%d" % (k + 1), "", "", "廉政教育", d(2023, 1 + k % 12, 1 + k % 28), ""]
         for k in range(132)]
books.append(["QF-133", "已下架的书", "", "", "廉政教育", d(2023, 3, 1), d(2024, 11, 5)])
books.append(["QF-134", "2025年入库的书", "", "", "廉政教育", d(2025, 1, 15), ""])
write("53-integrity.books.csv", ["书号", "书名", "作者", "出版社", "分类", "入库日期", "下架日期"], books)

recs = [["TJ2024-%02d" % (k + 1), "廉政读本%d" % (k + 1), d(2024, 1 + k, 15), "微信公众号", "政治部", ""] for k in range(7)]
recs.append(["TJ2023-12", "廉政读本100", d(2023, 12, 20), "微信公众号", "政治部", ""])
recs.append(["TJ2025-01", "廉政读本101", d(2025, 1, 10), "微信公众号", "政治部", ""])
write("54-integrity.recommendations.csv", ["编号", "书名", "推荐日期", "推荐渠道", "推荐人", "推荐语"], recs)


# ---- petitions: 4 received in 2024, all verified and disposed; 2 staff cleared of untrue reports
P_HEADER = ["编号", "来源渠道", "收件日期", "举报人", "举报人姓名", "联系方式", "被反映人工号", "问题类别", "内容摘要", "转办机关",
            "办理期限", "状态", "核查结论", "核查情况", "认定日期", "处置方式", "处置情况", "处置日期", "结案日期"]
untrue_2024 = [STAFF["ZXJ"][65], STAFF["LAT"][15]]
petitions = [
    ["XF2024-001", "来信", d(2024, 2, 5), "", "赵某某", "13800000001", STAFF["MYT"][60], "工作作风", "反映承办人态度生硬", "",
     "", "已结案", "属实", "经核查属实", d(2024, 3, 1), "谈话提醒", "部门负责人提醒谈话", d(2024, 3, 10), d(2024, 3, 15)],
    ["XF2024-002", "网上举报", d(2024, 4, 10), "匿名", "", "", untrue_2024[0], "违反工作纪律", "反映执行干警收受财物", "",
     "", "已结案", "不实", "经核查不实", d(2024, 5, 6), "不予处理", "", d(2024, 5, 10), d(2024, 5, 20)],
    ["XF2024-003", "上级转办", d(2024, 7, 2), "", "钱某某", "", untrue_2024[1], "违反工作纪律", "反映立案干警推诿",
     "绵阳市中级人民法院", "", "已结案", "诬告陷害", "经核查系诬告", d(2024, 8, 1), "不予处理", "", d(2024, 8, 5), d(2024, 8, 10)],
    ["XF2024-004", "来访", d(2024, 10, 9), "", "孙某某", "四川省绵阳市安州区", STAFF["XST"][12], "工作作风", "反映庭审迟到",
     "", "", "已处置", "部分属实", "经核查部分属实", d(2024, 11, 5), "批评教育", "", d(2024, 11, 15), ""],
    # received in December 2023 and disposed in January 2024: a petition of 2023
    ["XF2023-019", "来信", d(2023, 12, 20), "匿名", "", "", STAFF["BGS"][12], "工作作风", "反映值班脱岗", "",
     "", "已结案", "不实", "经核查不实", d(2023, 12, 28), "不予处理", "", d(2024, 1, 15), d(2024, 1, 20)],
    # received in January 2025: a petition of 2025
    ["XF2025-001", "电话举报", d(2025, 1, 6), "匿名", "", "", STAFF["MET"][25], "工作作风", "反映接待群众不耐心", "",
     "", "已登记", "", "", "", "", "", "", ""],
]
write("60-petitions.csv", P_HEADER, petitions)
clearances = [
    ["XF2024-002", untrue_2024[0], d(2024, 5, 25), "在执行局干警大会上澄清正名", "2024年第1期"],
    ["XF2024-003", untrue_2024[1], d(2024, 8, 20), "书面澄清并在立案庭会议通报", "2024年第2期"],
    # the 2023 petition's staff member was cleared in 2023: not a clearance of 2024
    ["XF2023-019", STAFF["BGS"][12], d(2023, 12, 30), "书面澄清", "2023年第5期"],
]
write("61-petitions.clearances.csv", ["信访件编号", "澄清干警工号", "澄清日期", "澄清内容", "通知书编号"], clearances)

print("wrote", len(os.listdir(OUT)), "files into", OUT, "; director", DIRECTOR)
