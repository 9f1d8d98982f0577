using HumanSecurity.Testing;

// Two servers per test run, shared by every test of this assembly (started by ./test.sh, or by the fixture itself).
[assembly: AssemblyFixture(typeof(ClickHouseServers))]
