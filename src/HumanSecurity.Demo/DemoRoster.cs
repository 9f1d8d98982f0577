namespace HumanSecurity.Demo;

/// <summary>Builds a household's person roster (head, often a spouse, children, sometimes an older relative) and its
/// schooling, consistent with the household's education deprivations.</summary>
internal static class DemoRoster
{
    public const int SchoolStartAge = 6;

    public static List<Member> Compose(DemoRandom random, bool urban)
    {
        var size = 1 + random.Poisson(urban ? 3.1 : 3.9);
        var headAge = random.Next(19, 76);
        var headSex = random.Chance(0.74) ? "M" : "F";
        var members = new List<Member> { new(headSex, headAge) };
        if (size > 1 && random.Chance(0.78))
            members.Add(new(headSex == "M" ? "F" : "M", Math.Clamp(headAge + random.Next(-8, 4), 16, 90)));
        while (members.Count < size)
        {
            var elder = members.Count >= 3 && random.Chance(0.12);
            var age = elder ? random.Next(55, 91) : random.Next(0, Math.Clamp(headAge - 16, 1, 25));
            members.Add(new(random.Chance(0.5) ? "F" : "M", age));
        }
        return members;
    }

    /// <summary>Sets years of schooling (age 6+) and attendance (ages 6–24) so that the household's <c>d_educ</c> and
    /// <c>d_satt</c> flags hold by the global-MPI definitions.</summary>
    public static void Educate(DemoRandom random, List<Member> members, bool deprivedYears, bool deprivedAttendance)
    {
        var children = members.Where(m => m.Age is >= 6 and <= 14).ToList();
        var truant = deprivedAttendance && children.Count > 0 ? random.Pick(children) : null;
        foreach (var m in members)
        {
            if (m.Age < SchoolStartAge) continue;
            if (m.Age <= 24)
                m.Attending = m == truant ? false : m.Age <= 14 ? !deprivedAttendance || random.Chance(0.7) : random.Chance(m.Age <= 18 ? 0.55 : 0.15);
            var maxYears = Math.Max(0, m.Age - SchoolStartAge);
            m.YearsSchool = m.Age <= 24 && m.Attending == true
                ? Math.Max(0, maxYears - random.Next(0, 2))
                : Math.Min(maxYears, random.Next(0, 15));
            if (deprivedYears && m.Age >= 10) m.YearsSchool = Math.Min(m.YearsSchool.Value, random.Next(0, 6));
        }
        if (!deprivedYears && !members.Any(m => m.Age >= 10 && m.YearsSchool >= 6))
        {
            var educated = members.Where(m => m.Age >= 12).OrderByDescending(m => m.Age).FirstOrDefault() ?? members[0];
            educated.YearsSchool = Math.Min(Math.Max(6, educated.Age - SchoolStartAge), 6 + random.Next(0, 7));
        }
    }

    internal sealed class Member(string sex, int age)
    {
        public string Sex { get; } = sex;

        public int Age { get; } = age;

        public int? YearsSchool { get; set; }

        public bool? Attending { get; set; }
    }
}
