namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// Every form of the app with fields a person fills in (issue 15 item 6): either a <see cref="FormCase"/> that
/// <see cref="FormErrorsTests"/> posts with several fields wrong at once, or <see cref="NotApplicable"/> with the
/// reason. <see cref="FormCatalogueTests"/> fails when a page declares a form that is in neither list.
/// Spoiled values mix what the page itself cannot read ("很多" for a number) with what the rules refuse (an empty
/// required name, a year out of range), so a form that stops after either kind fails here.
/// </summary>
internal static class FormCatalogue
{
    private static Dictionary<string, string> F(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    public static readonly FormCase[] Cases =
    [
        // Inventories
        new("Organisation.razor", "profile", _ => "/organisation",
            F(("Input.Name", ""), ("Input.TaxId", "1234"), ("Input.Employees", "很多"), ("Input.ContactEmail", "not-an-address"), ("Input.ExportSharePercent", "150"))),
        new("Facility.razor", "facility", _ => "/organisation/facilities/new", F(("Input.Name", ""), ("Input.FactoryRegistrationNumber", new string('9', 25)))),
        new("Inventories.razor", "create-inventory", _ => "/inventories", F(("Input.Year", "1980"), ("Input.PeriodEnd", "明年"))),
        new("Inventory.razor", "inventory-settings", w => $"/inventories/{w.InventoryId}", F(("Input.Year", "1980"), ("Input.PeriodStart", "去年"))),
        new("Sources.razor", "add-source", w => $"/inventories/{w.InventoryId}/sources", F(("Input.Process", new string('製', 201)), ("Input.Equipment", new string('機', 201)))),
        new("Source.razor", "source", w => $"/inventories/{w.InventoryId}/sources/{w.SourceId}", F(("Input.Process", new string('製', 201)), ("Input.Equipment", new string('機', 201)))),
        new("Source.razor", "entry", w => $"/inventories/{w.InventoryId}/sources/{w.SourceId}",
            F(("Entry.Amount", "一千"), ("Entry.Unit", "公升"), ("Entry.AmountPaidNtd", "-5")))
        {
            Extra = F(("Entry.Year", "2024"), ("Entry.Month", "3")),
        },
        new("MonthGrid.razor", "month-grid", w => $"/inventories/{w.InventoryId}/sources/{w.SourceId}",
            F(("Grid.Rows[0].Amount", "很多"), ("Grid.Rows[1].Unit", "公升"), ("Grid.Rows[2].Amount", "-5")))
        {
            Extra = F(("Grid.Rows[1].Amount", "100")),
        },
        new("ResultsPage.razor", "intensity", w => $"/inventories/{w.InventoryId}/results", F(("Input.OutputQuantity", "-1"), ("Input.RevenueNtd", "很多"))),

        // Plans and planning
        new("PlanNew.razor", "new-plan", _ => "/planning/plans/new", F(("Input.Name", ""), ("Input.EndYear", "二〇三〇"), ("Input.DiscountRate", "-0.5"))),
        new("Plan.razor", "plan-settings", w => $"/planning/plans/{w.PlanId}", F(("Settings.Name", ""), ("Settings.EndYear", "2020"), ("Settings.GrowthPercent", "很多"))),
        new("Plan.razor", "add-measure", w => $"/planning/plans/{w.PlanId}", F(("Input.StartYear", "今年"), ("Input.LifetimeYears", "0")))
        {
            Extra = F(("Input.Kind", "custom")),
        },
        new("TargetNew.razor", "new-target", _ => "/planning/targets/new",
            F(("Input.Name", ""), ("Input.TargetYear", "2020"), ("Input.AnnualReductionPercent", "很多")))
        {
            Extra = F(("Input.BaseYear", "2024"), ("Input.Scopes", "1")),
        },
        new("CarbonFee.razor", "carbon-fee", _ => "/planning/carbon-fee", F(("Input.EmissionsT", "很多"), ("Input.Year", "1900"), ("Input.OffsetsT", "-5"))),
        new("Measure.razor", "evaluate", _ => "/planning/measures/led", F(("discountRate", "很多"), ("lifetimeYears", "0"), ("gridYear", "1900"))),
        new("PeakShiftPage.razor", "peak-shift", _ => "/tools/peak-shift", F(("Input.Kwh", "很多"), ("Input.Plan", ""))),
        new("PeakShiftPage.razor", "peak-shift-block", _ => "/tools/peak-shift", F(("Block.Kw", "很多"), ("Block.Window", ""))),

        // Meters and monitoring
        new("Meter.razor", "meter", _ => "/meters/new", F(("Input.Name", ""), ("Input.IntervalMinutes", "七"), ("Input.ContractCapacityKw", "-5"))),
        new("Gateways.razor", "gateway-key", _ => "/meters/gateways", F(("NewKey.Name", new string('閘', 201)))),
        new("MeterAlerts.razor", "webhook", _ => "/meters/alerts", F(("Webhook.Url", "http://10.0.0.5/hook"))),

        // Products and CBAM
        new("ProductEdit.razor", "product", _ => "/products/new",
            F(("Input.Code", ""), ("Input.Name", ""), ("Input.MassKgPerDeclaredUnit", "很重"), ("Input.CnCode", "12"), ("Input.DqrTemporal", "9"))),
        new("ProductDetails.razor", "add-line", w => $"/products/{w.ProductId}",
            F(("Line.Material", ""), ("Line.QuantityPerUnit", "一些"), ("Line.Unit", ""), ("Line.PrimaryDataShare", "150")))
        {
            Extra = F(("Line.SourceKind", "supplier")),
        },
        new("ProductDetails.razor", "set-stage", w => $"/products/{w.ProductId}", F(("Stage.KgCo2ePerUnit", "很多"), ("Stage.Source", new string('源', 501)))),
        new("ProductOutputs.razor", "set-output", w => $"/products/{w.ProductId}/outputs", F(("Input.Quantity", "很多"), ("Input.RevenueNtd", "-5"))),
        new("Installation.razor", "installation", _ => "/cbam/installations/new", F(("Input.Name", ""), ("Input.UnLocode", "X"))),
        new("GoodEdit.razor", "good", w => $"/cbam/installations/{w.InstallationId}/goods/new",
            F(("Input.CnCode", "12"), ("Input.Year", "1900"), ("Input.ActivityLevelT", "很多"), ("Input.DirectSharePct", "150"))),
        new("GoodPrecursors.razor", "add-precursor", w => $"/cbam/goods/{w.GoodId}", F(("Line.CnCode", "12"), ("Line.MassT", "很多"))),
        new("PactSharing.razor", "pact-client", _ => "/pact", F(("NewClient.Name", " "))),

        // Programmes, cases, training, action plans
        new("ServiceQueue.razor", "service-terms", w => $"/programmes/services/{w.ServiceId}",
            F(("Input.Quota", "很多"), ("Input.CoPaymentNtd", "-5"), ("Input.ClosesOn", "2027-01-01")))
        {
            Extra = F(("Input.OpensOn", "2027-01-31")),
        },
        new("Teams.razor", "link-team", _ => "/cases/teams", F(("Input.TaxId", "1234"), ("Input.NameZh", ""))),
        new("VisitForm.razor", "visit", w => $"/cases/{w.CaseId}/visits/new", F(("Input.VisitedOn", "昨天"), ("Input.Findings", ""))),
        new("CourseNew.razor", "course", _ => "/training/courses/new", F(("Input.TierKey", ""), ("Input.Title", ""))),
        new("CourseDetails.razor", "session", w => $"/training/courses/{w.CourseId}",
            F(("Input.Place", ""), ("Input.FirstDate", "下週"), ("Input.Days", "0"), ("Input.Capacity", "很多"))),
        new("CaseDetails.razor", "due-dates", w => $"/cases/{w.CaseId}", F(("due-data-collection", "下週"), ("due-closed", "2026-13-40"))),
        new("Register.razor", "register", w => w.RegisterPath,
            F(("Input.CompanyName", ""), ("Input.TaxId", "1234"), ("Input.PersonName", ""), ("Input.Email", "not-an-address"))),
        new("FirstAnswer.razor", "first-answer", _ => "/first-answer",
            F(("Input.Year", "1980"), ("Input.ElectricityYear", "很多"), ("Input.DieselVehicles", "-5"), ("Input.FacilityName", new string('廠', 201))))
        {
            Extra = F(("Input.Intent", "calculate")),
        },
        new("ChangePassword.razor", "password", _ => "/account/password",
            F(("Input.CurrentPassword", "not my password"), ("Input.NewPassword", "short"), ("Input.ConfirmPassword", "different"))),
        new("Members.razor", "add-member", _ => "/organisation/members", F(("Input.Email", "not-an-address"))),
        new("ActionMeasureEdit.razor", "measure", w => $"/action-plans/{w.ActionPlanId}/measures/{w.ActionMeasureId}",
            F(("Input.Budget", "很多"), ("Input.Reduction", "-5"), ("Input.People", "三人"))),
    ];

    private const string OneChoice = "one choice from a list the page offers; nothing to type wrong";
    private const string FileOnly = "a file upload: the file's problems are listed by row under the upload (tested with the import)";

    public static readonly NotApplicable[] NotApplicableForms =
    [
        new("OpenCases.razor", "open-…", "two choices from lists (team, officer), each with its own message; the case pages are another helper's this session"),
        new("CaseDetails.razor", "move-stage", OneChoice),
        new("Recalculate.razor", "preview", "a factor set and a GWP version chosen from lists; nothing to type wrong"),
        new("PactClientPage.razor", "grants", "tick boxes of the footprints to share; nothing to type wrong"),
        new("PactClientPage.razor", "callback", "events address, client id and secret: messages by field, tested by PactPagesTests (https, private network)"),
        new("Lock.razor", "lock", "one tick box whose message stands next to it (LockPageTests)"),
        new("Lock.razor", "unlock", "one reason, administrators only; its message in the page language next to it: LockPageTests.LockPage_AdministratorWithoutReason_KeepsItLockedThenUnlocksWithReason"),
        new("Plan.razor", "measure-action", "a measure chosen from a list and one date, whose message stands next to the date"),
        new("Plan.razor", "remove-measure", "the measure to remove, from a list; asks for confirmation"),
        new("TariffPlan.razor", "tariff-plan", "one tariff table (a file or pasted CSV): every bad line is listed under it (TariffPlanPagesTests)"),
        new("FootprintVersions.razor", "compute", OneChoice),
        new("Assignments.razor", "assign", "a process and a product, both chosen from lists; nothing to type wrong"),
        new("GoodPrecursors.razor", "import-template", FileOnly),
        new("Attendance.razor", "attendance", "tick boxes of who attended; nothing to type wrong"),
        new("Certificate.razor", "revoke", "one reason for revoking, whose message stands next to it"),
        new("SessionDetails.razor", "registration-link", "one button that makes the signed link; nothing to type"),
        new("SessionDetails.razor", "capacity", "one number, its message next to it (TrainingServiceTests: not below the seats taken)"),
        new("ClientFollowUp.razor", "follow-up", "already right: FollowUpFormTests.Return_WithErrors_ShowsEachNextToItsField_AndSavesNothing"),
        new("FollowUpForm.razor", "follow-up", "already right: FollowUpFormTests.Return_WithErrors_ShowsEachNextToItsField_AndSavesNothing"),
        new("ActionPlans.razor", "import-plan", FileOnly),
        new("Home.razor", "create-organisation", "shown only to a signed-in user without an organisation; name and tax id, each with its ValidationMessage"),
        new("EvidencePage.razor", "upload-evidence", FileOnly),
        new("Setup.razor", "setup", "only on an empty install, before any user exists; each field with its ValidationMessage"),
        new("Login.razor", "login", "one message for a wrong address or password on purpose: it must not tell which was wrong"),
        new("LeaveOrganisation.razor", "leave-organisation", "one tick box to confirm leaving"),
        new("MemberEdit.razor", "change-member", "a role and inventories chosen from lists; nothing to type wrong"),
        new("Invite.razor", "accept-invitation", "name and password by an invitation link: ValidationMessage by each field (MembersPagesTests)"),
        new("ReadingsUpload.razor", "meter-upload", FileOnly),
        new("MeterReadings.razor", "correct-reading", "one reading corrected per post: MeterPagesTests.ReadingsPage_CorrectionNotANumber_ShowsTheMessageByThatReading_AndKeepsTheReading"),
        new("Import.razor", "import-upload", FileOnly),
        new("Import.razor", "import-commit", "converted before: ImportPageTests posts both missing choices and sees each by its field"),
        new("Apply.razor", "application", "converted before: ApplicationPagesTests (附表1–3, errors next to fields, zh-TW and English)"),
        new("ApplicationDetails.razor", "decision", "one decision per post (a reason, or the bureau's date and reference), messages by field (ApplicationPagesTests)"),
    ];
}
