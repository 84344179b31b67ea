-- The supervisor team plugin's first tables. Who holds which role when stays the platform's table
-- supervisor_assignment (other plugins read it); the plugin adds what an appointment records and the groups.

-- The selection criteria recorded at an appointment (one row per supervisor_assignment row made through the plugin).
CREATE TABLE team_appointment (
  assignment_id        BIGINT        NOT NULL PRIMARY KEY,
  political_ability    VARCHAR(500),
  professional_quality VARCHAR(500),
  discipline_conduct   VARCHAR(500),
  seniority            VARCHAR(500),
  decision_ref         VARCHAR(100),
  recorded_by          VARCHAR(64)   NOT NULL,
  recorded_at          TIMESTAMP     NOT NULL
);

-- 专业督察组: the five groups across departments, each with a leader.
CREATE TABLE team_group (
  code            VARCHAR(20)   NOT NULL PRIMARY KEY,
  name            VARCHAR(100)  NOT NULL,
  scope           VARCHAR(500),
  leader_staff_no VARCHAR(20),
  established_on  DATE          NOT NULL,
  dissolved_on    DATE,
  CONSTRAINT team_group_name UNIQUE (name)
);

-- Members of a group over time (history kept like the roles').
CREATE TABLE team_group_member (
  id          BIGINT        NOT NULL PRIMARY KEY,
  group_code  VARCHAR(20)   NOT NULL REFERENCES team_group (code),
  staff_no    VARCHAR(20)   NOT NULL,
  from_date   DATE          NOT NULL,
  to_date     DATE
);
CREATE INDEX team_group_member_group ON team_group_member (group_code);
CREATE INDEX team_group_member_staff ON team_group_member (staff_no);
