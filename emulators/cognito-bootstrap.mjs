// Prepares a Cognito user pool for Sky High Booker through Cognito's own JSON API (locally: cognito-local):
// the pool (email as username, email verification, custom:role, optional TOTP MFA), the web app client, the admin group and a
// seeded admin account. Idempotent: what exists is kept. Prints and writes {userPoolId, clientId, issuer, endpoint}.
//
// env: COGNITO_ENDPOINT (e.g. http://localhost:9229/), BOOTSTRAP_OUTPUT (file to write, optional),
//      POOL_NAME, CLIENT_NAME, ADMIN_EMAIL, ADMIN_PASSWORD
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const endpoint = required("COGNITO_ENDPOINT").replace(/\/?$/, "/");
const poolName = process.env.POOL_NAME ?? "sky-high-booker";
const clientName = process.env.CLIENT_NAME ?? "sky-high-booker-web";
const adminEmail = process.env.ADMIN_EMAIL ?? "admin@skyhighbooker.local";
const adminPassword = required("ADMIN_PASSWORD");

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

async function cognito(action, body, { ignore = [] } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": `AWSCognitoIdentityProviderService.${action}`,
        },
        body: JSON.stringify(body),
      });
      const payload = await response.json().catch(() => ({}));
      if (response.ok) return payload;
      const type = String(payload.__type ?? "").split("#").pop();
      if (ignore.includes(type)) return null;
      throw new Error(`${action} failed: ${response.status} ${type} ${payload.message ?? ""}`);
    } catch (error) {
      // the emulator may still be starting: retry connection failures for a while
      if (error.cause?.code === "ECONNREFUSED" && attempt < 60) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      throw error;
    }
  }
}

async function ensurePool() {
  const { UserPools = [] } = await cognito("ListUserPools", { MaxResults: 60 });
  const existing = UserPools.find((pool) => pool.Name === poolName);
  if (existing) return existing.Id;
  const { UserPool } = await cognito("CreateUserPool", {
    PoolName: poolName,
    UsernameAttributes: ["email"],
    AutoVerifiedAttributes: ["email"],
    Schema: [{ Name: "role", AttributeDataType: "String", Mutable: true }],
    Policies: {
      PasswordPolicy: { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true },
    },
  });
  console.log(`created user pool ${UserPool.Id}`);
  return UserPool.Id;
}

async function ensureClient(userPoolId) {
  const { UserPoolClients = [] } = await cognito("ListUserPoolClients", { UserPoolId: userPoolId, MaxResults: 60 });
  const existing = UserPoolClients.find((client) => client.ClientName === clientName);
  if (existing) return existing.ClientId;
  const { UserPoolClient } = await cognito("CreateUserPoolClient", {
    UserPoolId: userPoolId,
    ClientName: clientName,
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    // the role is never the user's to write: on a real pool this keeps custom:role out of SignUp/UpdateUserAttributes
    WriteAttributes: ["email", "given_name", "family_name"],
    ReadAttributes: ["email", "email_verified", "given_name", "family_name", "custom:role"],
    PreventUserExistenceErrors: "ENABLED",
  });
  console.log(`created app client ${UserPoolClient.ClientId}`);
  return UserPoolClient.ClientId;
}

async function ensureAdmin(userPoolId) {
  await cognito("CreateGroup", { UserPoolId: userPoolId, GroupName: "admin", Description: "Sky High Booker administrators" },
    { ignore: ["GroupExistsException"] });
  const found = await cognito("AdminGetUser", { UserPoolId: userPoolId, Username: adminEmail }, { ignore: ["UserNotFoundException"] });
  if (!found) {
    await cognito("AdminCreateUser", {
      UserPoolId: userPoolId,
      Username: adminEmail,
      MessageAction: "SUPPRESS",
      TemporaryPassword: adminPassword,
      UserAttributes: [
        { Name: "email", Value: adminEmail },
        { Name: "email_verified", Value: "true" },
        { Name: "given_name", Value: "Ada" },
        { Name: "family_name", Value: "Admin" },
        { Name: "custom:role", Value: "admin" },
      ],
    });
    await cognito("AdminSetUserPassword", { UserPoolId: userPoolId, Username: adminEmail, Password: adminPassword, Permanent: true });
    console.log(`created admin account ${adminEmail}`);
  }
  await cognito("AdminAddUserToGroup", { UserPoolId: userPoolId, Username: adminEmail, GroupName: "admin" });
}

// Optional TOTP MFA, as the real pool has it (SkyHighBooker.Infrastructure/Users.cs). Without this cognito-local never
// issues the SOFTWARE_TOKEN_MFA challenge, even to a user who turned MFA on. Setting it again is harmless.
async function ensureMfa(userPoolId) {
  await cognito("SetUserPoolMfaConfig", {
    UserPoolId: userPoolId,
    MfaConfiguration: "OPTIONAL",
    SoftwareTokenMfaConfiguration: { Enabled: true },
  });
}

const userPoolId = await ensurePool();
await ensureMfa(userPoolId);
const clientId = await ensureClient(userPoolId);
await ensureAdmin(userPoolId);

const result = { userPoolId, clientId, issuer: `${endpoint}${userPoolId}`, endpoint };
if (process.env.BOOTSTRAP_OUTPUT) {
  mkdirSync(dirname(process.env.BOOTSTRAP_OUTPUT), { recursive: true });
  writeFileSync(process.env.BOOTSTRAP_OUTPUT, JSON.stringify(result, null, 2));
}
console.log(JSON.stringify(result));
