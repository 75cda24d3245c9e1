<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountApis</name>
    <message>
        <location filename="../app/credentials/accountapis.cpp" line="+60"/>
        <source>The profile that launched these instances no longer exists, so the app neither asks about them nor returns them through another account. Look them up in the Tencent Cloud console.</source>
        <translation>启动这些实例的配置已不存在，因此本应用既不查询它们，也不会通过其他账号退还它们。请在腾讯云控制台中查看。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This version of CVM Launcher cannot talk to the API version the profile “%1” asks for.</source>
        <translation>此版本的 CVM Launcher 不支持配置“%1”所要求的 API 版本。</translation>
    </message>
</context>
<context>
    <name>AccountQuota</name>
    <message>
        <location filename="../app/offer/accountquota.cpp" line="+22"/>
        <source>%1 of %2 left in this zone</source>
        <translation>本可用区剩余%1台（共%2台）</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../app/credentials/accountsession.cpp" line="+53"/>
        <source>This version of CVM Launcher cannot talk to the API version the profile “%1” asks for. Edit the profile and choose another API version.</source>
        <translation>此版本的 CVM Launcher 不支持账号配置“%1”要求的 API 版本。请编辑该账号配置并选择其他 API 版本。</translation>
    </message>
</context>
<context>
    <name>AnswerReader</name>
    <message>
        <location filename="../app/api/answerreader.cpp" line="+41"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+121"/>
        <location line="+63"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+145"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+130"/>
        <location line="+32"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+104"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
</context>
<context>
    <name>ApiErrorFactory</name>
    <message numerus="yes">
        <location filename="../app/api/apierrorfactory.cpp" line="+35"/>
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>%n秒内未收到完整应答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The answer is empty.</source>
        <translation>应答为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is an HTML page, not JSON; is the endpoint right?</source>
        <translation>应答是 HTML 页面而不是 JSON；接入点是否正确？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>应答不是有效的 JSON（第%2字节处：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer is JSON but not an object.</source>
        <translation>应答是 JSON，但不是对象。</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <location filename="../app/api/errorcodes.cpp" line="+400"/>
        <source>%1: authentication failed (the signature, key or token was not accepted) — check this profile&apos;s SecretId and SecretKey and the computer&apos;s clock</source>
        <translation>%1：鉴权失败（签名、密钥或令牌未被接受），请检查此账号配置的 SecretId 和 SecretKey 以及本机时钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>4000: a parameter was rejected as invalid — correct the field the server names and try again</source>
        <translation>4000：参数无效被拒绝，请修改服务器指出的字段后重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4100: the SecretId/SecretKey pair was rejected — check the keys of this profile</source>
        <translation>4100：SecretId/SecretKey 被拒绝，请检查此账号配置的密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4104: the SecretId does not exist — check the SecretId of this profile or create a new key pair in the console</source>
        <translation>4104：SecretId 不存在，请检查此账号配置的 SecretId，或在控制台新建一对 API 密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4200: the request expired before the server saw it — check that the computer&apos;s clock is correct and try again</source>
        <translation>4200：请求在到达服务器前已过期，请确认本机时钟正确后重试</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4300: access denied — this account or sub-user lacks the permission; ask the account owner to grant it</source>
        <translation>4300：拒绝访问，此账号或子用户没有该权限，请联系主账号授权</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4400: too many requests — the server limits the request rate; the app waits and retries, or try again in a minute</source>
        <translation>4400：请求过于频繁，服务器限制了请求频率；程序会等待后重试，或请一分钟后再试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>4500: the service received this request twice (a dropped connection that was sent again, or a clock more than two hours off) — the app retries with a fresh signature; if it keeps failing, check the computer&apos;s clock</source>
        <translation>4500：服务收到了两次同一请求（断开的连接被重发，或本机时钟偏差超过两小时）——应用会用新的签名重试；若一直失败，请检查电脑的时钟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4600: the protocol is not supported — the endpoint must be reached over HTTPS; check the endpoint of this profile</source>
        <translation>4600：不支持该协议，必须通过 HTTPS 访问接入点；请检查此账号配置的接入点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5000: the resource was not found — check the ids (instance, image, key, network) and the region of this profile</source>
        <translation>5000：资源不存在，请检查各 ID（实例、镜像、密钥、网络）以及此账号配置的地域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5100: the operation failed on the server — check the instance&apos;s state and try again later</source>
        <translation>5100：服务器端操作失败，请检查实例状态，稍后重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5200: the purchase failed — this configuration is not available in that zone or is sold out; choose another zone or configuration</source>
        <translation>5200：购买失败，该可用区不提供此配置或已售罄；请选择其他可用区或配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5300: insufficient balance — top up the account, then launch again</source>
        <translation>5300：余额不足，请先充值，再重新启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5400: only part of the operation succeeded — check the instance list for what was created before trying again</source>
        <translation>5400：操作仅部分成功，重试前请在实例列表中查看已创建的实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5500: the account is not qualified for this purchase — complete the account&apos;s verification or ask Tencent Cloud support</source>
        <translation>5500：账号不具备此次购买的资格，请完成账号实名认证，或联系腾讯云客服</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>6000: internal error on the server — the app retries; if it keeps failing, try again later</source>
        <translation>6000：服务器内部错误，程序会自动重试；如仍失败，请稍后再试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>6100: this action is not supported here — check the endpoint (domain) of this profile</source>
        <translation>6100：此处不支持该操作，请检查此账号配置的接入点（域名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>6200: the service is temporarily unavailable (maintenance) — the app retries; if it keeps failing, try again later</source>
        <translation>6200：服务暂时不可用（维护中），程序会自动重试；如仍失败，请稍后再试</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>The signature was rejected — check this profile&apos;s SecretKey</source>
        <translation>签名被拒绝，请检查此账号配置的 SecretKey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature expired — check that the computer&apos;s clock is correct</source>
        <translation>签名已过期，请确认本机时钟正确</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The SecretId does not exist — check the SecretId of this profile</source>
        <translation>SecretId 不存在，请检查此账号配置的 SecretId</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+159"/>
        <source>The password does not meet the image&apos;s rules — choose another password</source>
        <translation>密码不符合该镜像的规则，请换一个密码</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>The zone is not valid for this region — choose another zone</source>
        <translation>该可用区不属于此地域，请选择其他可用区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone does not belong to the profile&apos;s region — choose another zone</source>
        <translation>该可用区不属于账号配置的地域，请选择其他可用区</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>Insufficient balance — top up the account, then launch again</source>
        <translation>余额不足，请先充值，再重新启动</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>The instance quota is used up — return instances or ask for a higher quota</source>
        <translation>实例配额已用完，请退还实例或申请提高配额</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>This configuration is sold out in that zone — choose another zone or instance type</source>
        <translation>此配置在该可用区已售罄，请选择其他可用区或机型</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The service is busy — the app retries; if it keeps failing, try later</source>
        <translation>服务繁忙，程序会自动重试；如仍失败，请稍后再试</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+231"/>
        <source>Too many requests — the app waits and retries; or try again in a minute</source>
        <translation>请求过于频繁，程序会等待后重试；或请一分钟后再试</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+232"/>
        <source>Internal error on the server — the app retries; if it keeps failing, try again later</source>
        <translation>服务器内部错误，程序会自动重试；如仍失败，请稍后再试</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>The Authorization header was not understood — check that the profile&apos;s endpoint is a Tencent Cloud API 3.0 service, or switch the profile to API 2.0</source>
        <translation>无法识别 Authorization 头，请确认账号配置的接入点是腾讯云 API 3.0 服务，或将该账号配置切换为 API 2.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temporary credentials&apos; token is invalid or has expired — get new temporary credentials, or use a permanent key in this profile</source>
        <translation>临时凭证的令牌无效或已过期，请获取新的临时凭证，或在此账号配置中使用永久密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This key may not perform the action — ask the account owner to grant the CVM (or VPC) permission to this key&apos;s user in CAM</source>
        <translation>此密钥无权执行该操作，请主账号在访问管理（CAM）中为此密钥所属用户授予 CVM（或 VPC）权限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account requires multi-factor authentication for this action — use a key without that requirement, or launch from the console</source>
        <translation>账号要求此操作进行多因子认证，请使用无此要求的密钥，或在控制台中创建</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+285"/>
        <source>Access denied — ask the account owner for the permission</source>
        <translation>拒绝访问，请向主账号申请权限</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The check passed: the service would accept this launch — launch it</source>
        <translation>检查通过：服务会接受此次启动，可以启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not know this action — check that the profile&apos;s endpoint speaks API 3.0</source>
        <translation>服务不认识此操作，请确认账号配置的接入点支持 API 3.0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service does not speak this API version — check the profile&apos;s endpoint</source>
        <translation>服务不支持此 API 版本，请检查账号配置的接入点</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The service is not offered in this region — choose another region in the profile</source>
        <translation>此地域不提供该服务，请在账号配置中选择其他地域</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The region does not exist — choose another region in the profile</source>
        <translation>地域不存在，请在账号配置中选择其他地域</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The image does not exist in this region — choose another image</source>
        <translation>此地域不存在该镜像，请选择其他镜像</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The instance does not exist (it may have been returned already) — refresh the instance list</source>
        <translation>实例不存在（可能已被退还），请刷新实例列表</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+4"/>
        <source>The SSH key does not exist in this region — choose another key or create one in the console</source>
        <translation>此地域不存在该 SSH 密钥，请选择其他密钥，或在控制台中创建</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The VPC does not exist in this region — choose another network</source>
        <translation>此地域不存在该私有网络，请选择其他网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subnet does not exist in this VPC — choose another subnet</source>
        <translation>此私有网络中不存在该子网，请选择其他子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subnet is not in the chosen zone — choose a subnet of that zone</source>
        <translation>该子网不在所选可用区，请选择该可用区的子网</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The account has an unpaid order — pay or cancel it in the console, then launch again</source>
        <translation>账号有未支付的订单，请在控制台支付或取消后再重新启动</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+125"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>This account may not buy this here (account type or region restriction) — use another region or account, or ask Tencent Cloud support</source>
        <translation>该账号无法在此购买（账号类型或地域限制）——请使用其他地域或账号，或联系腾讯云客服</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+237"/>
        <source>Another operation on the same resource is running — the app waits and tries again</source>
        <translation>同一资源上的另一项操作正在进行——应用会等待后重试</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>This instance type is not sold in that zone — choose another zone or instance type</source>
        <translation>该可用区不售卖此机型——请选择其他可用区或机型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service is temporarily unavailable — the app retries; if it keeps failing, try again later</source>
        <translation>服务暂时不可用，程序会自动重试；如仍失败，请稍后再试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough stock of this instance type — choose another zone or instance type</source>
        <translation>该机型库存不足——请选择其他可用区或机型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That zone is sold out — choose another zone</source>
        <translation>该可用区已售罄——请选择其他可用区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough stock for the number of instances asked for — launch fewer at once, or choose another zone or instance type</source>
        <translation>库存不足以满足所需的实例数量——请减少单次创建的数量，或选择其他可用区或机型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This instance type is sold out — choose another zone or instance type</source>
        <translation>该机型已售罄，请选择其他可用区或机型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cloud disk type is sold out in that zone — choose another disk type or zone</source>
        <translation>该云硬盘类型在此可用区已售罄，请选择其他硬盘类型或可用区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud disk settings were not accepted — choose another disk type or size</source>
        <translation>云硬盘参数不符合规范——请选择其他云硬盘类型或容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No cloud disk of the default type is available — choose the system disk type explicitly</source>
        <translation>没有可用的默认类型云硬盘——请明确选择系统盘类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public IP addresses are sold out in that region — launch without a public IP or try another region</source>
        <translation>该地域的公网IP已售罄——请不分配公网IP创建，或换一个地域</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The image cannot run on this instance type — choose another image or instance type</source>
        <translation>该镜像不支持此机型——请选择其他镜像或机型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This instance type needs a VPC — choose a VPC and subnet</source>
        <translation>该机型需要私有网络——请选择私有网络和子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This instance type needs Cloud Monitor — turn the monitoring agent on</source>
        <translation>该机型必须开启云监控——请开启云监控组件</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account has not passed Tencent Cloud&apos;s qualification check (real-name verification) — complete it in the console, then launch again</source>
        <translation>该账号未通过腾讯云的资格审核（实名认证）——请在控制台完成后再创建</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An SSD cloud data disk must be at least 100 GB — enlarge the data disk</source>
        <translation>SSD云硬盘作为数据盘时不得小于100 GB——请增大数据盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This disk is not supported with this configuration — choose another disk type</source>
        <translation>此配置不支持该磁盘——请选择其他云硬盘类型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An SSH key and keeping the image&apos;s login cannot be used together — choose one way to log in</source>
        <translation>密钥登录与保持镜像登录方式不能同时使用——请选择一种登录方式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Windows instances cannot log in with an SSH key — set a password instead</source>
        <translation>Windows实例不支持密钥登录——请改为设置密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name is not valid — correct the host name</source>
        <translation>主机名不合法——请修改主机名</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ClientToken is longer than 64 bytes — this is a bug in the app; please report it</source>
        <translation>ClientToken超过64字节——这是应用的缺陷，请报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instance name is too long — shorten it</source>
        <translation>实例名称过长——请缩短</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project does not exist — choose another project</source>
        <translation>项目不存在——请选择其他项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is too large — launch fewer instances at once</source>
        <translation>请求过大，请减少一次启动的实例数量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service no longer offers this action — update the app</source>
        <translation>服务已不再提供此接口——请更新应用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service does not know a parameter the app sent — check that the profile&apos;s endpoint speaks this API version, or update the app</source>
        <translation>服务不识别应用发送的某个参数——请检查此配置的接入点是否支持该API版本，或更新应用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two settings cannot be used together — correct the fields the server names</source>
        <translation>两项设置不能同时使用——请修改服务器指出的字段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The instance has already been returned — nothing is left to do</source>
        <translation>该实例已退还——无需其他操作</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Authentication failed — check this profile&apos;s SecretId and SecretKey and the computer&apos;s clock</source>
        <translation>鉴权失败，请检查此账号配置的 SecretId 和 SecretKey 以及本机时钟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The resource is busy with another operation — the app waits and tries again; if it keeps failing, try later</source>
        <translation>资源正在进行其他操作——应用会等待后重试；如果一直失败，请稍后再试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The resource is not available at the moment — the app waits and tries again; if it keeps failing, choose another zone or configuration</source>
        <translation>资源暂时不可用——应用会等待后重试；如果一直失败，请选择其他可用区或配置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A parameter was rejected — correct the field the server names</source>
        <translation>参数被拒绝，请修改服务器指出的字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value was rejected — correct the field the server names</source>
        <translation>取值被拒绝，请修改服务器指出的字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required parameter is missing — fill in the field the server names</source>
        <translation>缺少必填参数，请填写服务器指出的字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A limit or quota was exceeded — lower the count or ask for a higher quota</source>
        <translation>超出限制或配额，请减少数量或申请提高配额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough resources in that zone — choose another zone or configuration</source>
        <translation>该可用区资源不足，请选择其他可用区或配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resource was not found — check the ids and the region of this profile</source>
        <translation>资源不存在，请检查各 ID 以及此账号配置的地域</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The account cannot buy this (balance, verification or an unpaid order) — check the account in the console</source>
        <translation>账号无法购买（余额、实名认证或未支付订单），请在控制台检查账号</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+221"/>
        <source>The zone is not valid here — choose another zone of the profile&apos;s region</source>
        <translation>此处该可用区无效，请选择账号配置地域内的其他可用区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image id was rejected — choose another image</source>
        <translation>镜像 ID 被拒绝，请选择其他镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance id was rejected — refresh the instance list</source>
        <translation>实例 ID 被拒绝，请刷新实例列表</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+227"/>
        <source>The instance type was rejected — choose another CPU and memory combination</source>
        <translation>机型被拒绝，请选择其他 CPU 与内存组合</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The operation is not allowed now — check the resource&apos;s state and the account&apos;s permissions</source>
        <translation>当前不允许此操作——请检查资源状态和账号权限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operation is not possible in the resource&apos;s current state — wait until it settles, or check its state in the console</source>
        <translation>资源当前状态下无法进行此操作——请等待其状态稳定，或在控制台查看其状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The SSH key was rejected — choose another key</source>
        <translation>SSH 密钥被拒绝，请选择其他密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VPC was rejected — choose another network</source>
        <translation>私有网络被拒绝，请选择其他网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subnet was rejected — choose another subnet</source>
        <translation>子网被拒绝，请选择其他子网</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The region was rejected — choose another region</source>
        <translation>地域被拒绝，请选择其他地域</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Sold out — choose another zone or configuration</source>
        <translation>已售罄，请选择其他可用区或配置</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The operation is not supported for this resource — check its type and state</source>
        <translation>此资源不支持该操作，请检查其类型和状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operation failed on the server — check the resource&apos;s state and try again</source>
        <translation>服务器端操作失败，请检查资源状态后重试</translation>
    </message>
    <message>
        <location filename="../app/api/apierrortext.cpp" line="+31"/>
        <source>The server could not be reached — check the network connection and the endpoint of this profile</source>
        <translation>无法连接服务器，请检查网络连接以及此账号配置的接入点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time — check the network connection and try again</source>
        <translation>服务器未及时应答，请检查网络连接后重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server failed with HTTP status %1 — try again later</source>
        <translation>服务器出错，HTTP 状态码%1，请稍后再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with HTTP status %1 — check the endpoint of this profile</source>
        <translation>服务器返回 HTTP 状态码%1，请检查此账号配置的接入点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not understood — check the endpoint of this profile; if it is right, the service changed and the app needs an update</source>
        <translation>无法理解服务器的应答，请检查此账号配置的接入点；如接入点无误，说明服务已变更，需要更新本程序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the request</source>
        <translation>服务拒绝了请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was not sent</source>
        <translation>请求未发送</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the service refused the request</source>
        <translation>%1：服务拒绝了请求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. (Server: %2)</source>
        <translation>%1。（服务器：%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BandwidthDialog</name>
    <message>
        <location filename="../ui/dialogs/bandwidthdialog.cpp" line="+25"/>
        <source>Change public bandwidth of %1</source>
        <translation>调整%1的公网带宽</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Mbps</source>
        <translation>%1Mbps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 Mbps, charged by the hour while the instance runs; the change takes effect at once.</source>
        <translation>%1～%2Mbps，实例运行期间按小时计费；调整立即生效。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New bandwidth:</source>
        <translation>新带宽(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New price:</source>
        <translation>新价格：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change</source>
        <translation>调整(&amp;C)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+28"/>
        <source>Asking the service…</source>
        <translation>正在询价…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 CNY per GB of traffic</source>
        <translation>每GB流量%1元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 CNY per hour</source>
        <translation>每小时%1元</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bandwidth was not changed. %1</source>
        <translation>带宽未调整。%1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/catalog/catalog.cpp" line="+62"/>
        <source>The instance catalog is not in format %1 version %2.</source>
        <translation>实例规格目录不是格式%1的版本%2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No instance catalog files were found.</source>
        <translation>找不到实例规格目录文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the catalog file %1: %2.</source>
        <translation>无法读取规格目录文件%1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog file %1 is not a JSON object: %2 (at byte %3).</source>
        <translation>规格目录文件%1不是 JSON 对象：%2（第%3字节处）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog file %1 is not in format %2 version %3.</source>
        <translation>规格目录文件%1不是格式%2的版本%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalog section &quot;%1&quot; appears in more than one file (again in %2).</source>
        <translation>规格目录的“%1”部分出现在多个文件中（在%2中再次出现）。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Zone %1</source>
        <translation>可用区%1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 to %2</source>
        <comment>a range of CPU:memory ratios</comment>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/catalog/catalogparser.cpp" line="+48"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>必须在%1到%2之间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>must be a non-empty list</source>
        <translation>必须是非空列表</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+100"/>
        <location line="+141"/>
        <source>%1 appears twice</source>
        <translation>%1出现了两次</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>must not be below min</source>
        <translation>不能小于 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be min plus a whole number of steps</source>
        <translation>必须等于 min 加整数个步长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid value of the rule</source>
        <translation>必须是该规则的有效值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>may hold only printable ASCII punctuation</source>
        <translation>只能包含可打印的 ASCII 标点符号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be one of letter, lower, upper, digit, special</source>
        <translation>必须是 letter、lower、upper、digit、special 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appears twice</source>
        <translation>出现了两次</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>region %1 appears twice</source>
        <translation>地域%1出现了两次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>zone %1 appears twice</source>
        <translation>可用区%1出现了两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown region %1</source>
        <translation>未知地域%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+32"/>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>disk type %1 appears twice</source>
        <translation>云硬盘类型%1出现了两次</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>size %1 appears twice</source>
        <translation>大小%1出现了两次</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must not contain a dot</source>
        <translation>不能包含点号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown storageType %1</source>
        <translation>未知的 storageType %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown zone %1</source>
        <translation>未知可用区%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cores have no API 3.0 size name in v3Sizes</source>
        <translation>%1核在 v3Sizes 中没有 API 3.0 规格名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cores are listed twice</source>
        <translation>%1核被列出了两次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>family %1 appears twice</source>
        <translation>实例族%1出现了两次</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The instance catalog is invalid at %1: %2.</source>
        <translation>实例规格目录在%1处无效：%2。</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <location filename="../app/api/cloudapi.cpp" line="+24"/>
        <source>%1 is an API 3.0 action; this connection does not speak it.</source>
        <translation>%1是 API 3.0 接口；当前连接不支持。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This connection cannot list the images of one instance type; list all images instead.</source>
        <translation>当前连接无法按机型列出镜像，请列出全部镜像。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This connection cannot change the public bandwidth of an instance.</source>
        <translation>此连接不能调整实例的公网带宽。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+16"/>
        <source>Launch pay-by-hour Tencent Cloud CVM instances, or try it all on the built-in sandbox.</source>
        <translation>创建按量计费的腾讯云 CVM 实例，或在内置沙盒中试用全部功能。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A launch template (.json) to open in the wizard.</source>
        <translation>要在向导中打开的启动模板（.json）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start on the profile with this name (see Profiles… in the app), e.g. Sandbox.</source>
        <translation>启动时使用此名称的账号配置（见程序中的“管理账号配置…”），例如 Sandbox。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send this run&apos;s requests to URL instead of the profile&apos;s endpoint: https, or plain http only to this computer (127.0.0.1, ::1, localhost).</source>
        <translation>本次运行的请求发往 URL，而不是账号配置的接入点：须为 https，明文 http 仅限本机（127.0.0.1、::1、localhost）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &quot;%1 --help&quot; to see the options.</source>
        <translation>运行“%1 --help”查看可用选项。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one template can be opened at a time.</source>
        <translation>一次只能打开一个模板。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--profile was given without a profile name; starting on the last used profile.</source>
        <translation>--profile 未给出账号配置名称；将使用上次使用的账号配置启动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--endpoint was ignored: %1</source>
        <translation>已忽略 --endpoint：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--endpoint was given an empty address and was ignored; the profile&apos;s own endpoint is used.</source>
        <translation>--endpoint 的地址为空，已忽略；将使用账号配置自己的接入点。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/credentials/credentialstore.cpp" line="+49"/>
        <source>Keys are kept for this session only and will not be remembered: %1</source>
        <translation>密钥仅在本次会话中保留，不会被记住：%1</translation>
    </message>
</context>
<context>
    <name>DataDiskRow</name>
    <message>
        <location filename="../ui/wizard/datadiskrow.cpp" line="+25"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Data disk %1:</source>
        <translation>数据盘%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data disk %1 type</source>
        <translation>数据盘%1类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data disk %1 size in GB</source>
        <translation>数据盘%1大小（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove data disk %1</source>
        <translation>删除数据盘%1</translation>
    </message>
</context>
<context>
    <name>DiskConfigText</name>
    <message>
        <location filename="../ui/wizard/diskconfigtext.cpp" line="+42"/>
        <source>%1 — not on sale for this instance type in this zone</source>
        <translation>%1，该可用区的此机型不可购买</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — not listed for this instance type in this zone</source>
        <translation>%1，该可用区的此机型未列出</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 to %2 GB in steps of %3 GB.</source>
        <translation>%1～%2 GB，步长%3 GB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2 GB in steps of %3 GB; ¥%4 per GB per hour, ¥%5 per hour for %6 GB.</source>
        <translation>%1～%2 GB，步长%3 GB；每GB每小时¥%4，%6 GB每小时¥%5。</translation>
    </message>
</context>
<context>
    <name>DiskTypeName</name>
    <message>
        <location filename="../app/offer/disktypename.cpp" line="+10"/>
        <source>Premium cloud disk</source>
        <translation>高性能云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced SSD cloud disk</source>
        <translation>通用型SSD云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSD cloud disk</source>
        <translation>SSD云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhanced SSD cloud disk</source>
        <translation>增强型SSD云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tremendous SSD cloud disk</source>
        <translation>极速型SSD云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic cloud disk</source>
        <translation>普通云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local disk</source>
        <translation>本地硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local SSD disk</source>
        <translation>本地SSD硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local NVMe disk</source>
        <translation>本地NVME硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local HDD disk</source>
        <translation>本地HDD硬盘</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="+12"/>
        <source>Launch sent</source>
        <translation>启动请求已发出</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The launch of %n instance(s) was handed to the launcher. The instances table follows each one from 创建中 (creating) to 运行中 (running), or shows why it failed. Press Finish to close this wizard.</source>
        <translation>
            <numerusform>%n台实例的启动请求已交给启动器。实例列表会跟踪每台实例从“创建中”到“运行中”，失败时显示原因。按“完成”关闭此向导。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <location filename="../app/credentials/endpointcheck.cpp" line="+27"/>
        <source>“%1” is not a web address. Enter one such as https://cvm.tencentcloudapi.com or http://127.0.0.1:8080, or leave it empty to use Tencent Cloud&apos;s own servers.</source>
        <translation>“%1”不是网址。请输入如 https://cvm.tencentcloudapi.com 或 http://127.0.0.1:8080 的地址，或留空以使用腾讯云自己的服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address must not contain a user name or password: keys belong in the SecretId and SecretKey fields.</source>
        <translation>地址中不能包含用户名或密码：密钥应填在 SecretId 和 SecretKey 字段中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must not contain “?” or “#” parts; enter only the scheme, host, port and path.</source>
        <translation>地址中不能包含“?”或“#”部分；只需输入协议、主机、端口和路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain http is allowed only to this computer (127.0.0.1, ::1 or localhost): keys and passwords would cross the network unencrypted. Use https://%1 instead.</source>
        <translation>明文 http 仅允许用于本机（127.0.0.1、::1 或 localhost）：否则密钥和密码会以未加密的形式在网络上传输。请改用 https://%1。</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <location filename="../app/sandbox/faultinjector.cpp" line="+27"/>
        <source>The fault file is not valid JSON (%1 at offset %2).</source>
        <translation>故障文件不是有效的 JSON（偏移%2处：%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fault file must be an object with a &quot;faults&quot; array.</source>
        <translation>故障文件必须是带有 &quot;faults&quot; 数组的对象。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fault %1: %2</source>
        <translation>故障%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each fault must be an object.</source>
        <translation>每个故障都必须是对象。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the fault file %1: %2.</source>
        <translation>无法读取故障文件%1：%2。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ResourceInsufficient: the zone has no capacity left for this configuration; choose another zone or instance type.</source>
        <translation>ResourceInsufficient：该可用区已没有此配置的余量；请选择其他可用区或机型。</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <location filename="../app/sandbox/faultrule.cpp" line="+37"/>
        <source>Fault rule: &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>故障规则：&quot;%1&quot; 必须是%2到%3之间的整数。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fault rule: unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>故障规则：未知类型 &quot;%1&quot;；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fault rule: &quot;action&quot; must be an action name or &quot;*&quot;.</source>
        <translation>故障规则：&quot;action&quot; 必须是操作名或 &quot;*&quot;。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fault rule: &quot;code&quot; &quot;%1&quot; is not an error code name such as &quot;RequestLimitExceeded&quot; or &quot;ResourceInsufficient.SpecifiedInstanceType&quot;.</source>
        <translation>故障规则：&quot;code&quot; 的值“%1”不是错误码名称，例如 &quot;RequestLimitExceeded&quot; 或 &quot;ResourceInsufficient.SpecifiedInstanceType&quot;。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fault rule failCreation needs a &quot;namePattern&quot; (e.g. &quot;fail-*&quot;).</source>
        <translation>故障规则 failCreation 需要 &quot;namePattern&quot;（例如 &quot;fail-*&quot;）。</translation>
    </message>
</context>
<context>
    <name>FindingLabel</name>
    <message>
        <location filename="../ui/widgets/findinglabel.cpp" line="+79"/>
        <source>Use %1</source>
        <translation>使用%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (changes the %2 step)</source>
        <translation>%1（将更改“%2”步骤）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies this fix: %1</source>
        <translation>应用此修正：%1</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <location filename="../ui/wizard/imagepage.cpp" line="+31"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the operating system image. Its OS decides the system disk and login rules on the next pages.</source>
        <translation>选择操作系统镜像。其操作系统决定后续页面的系统盘和登录规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search images</source>
        <translation>搜索镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, OS or ID</source>
        <translation>名称、操作系统或 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the images</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image &amp;type:</source>
        <translation>镜像类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>None: there are no images of the type “%1” in this region. Choose another image type.</source>
        <translation>无：本地域没有“%1”类型的镜像。请选择其他镜像类型。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Chosen: %1 (%2)</source>
        <translation>已选择：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1 (%2), %3</source>
        <translation>已选择：%1（%2），%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: %1. Its operating system is not known yet, so the Windows and Linux rules cannot be told apart.</source>
        <translation>已选择：%1。其操作系统尚不明确，因此无法区分 Windows 与 Linux 规则。</translation>
    </message>
</context>
<context>
    <name>InstanceActions</name>
    <message>
        <location filename="../ui/main/instanceactions.cpp" line="+50"/>
        <source>&amp;Return instance…</source>
        <translation>退还实例(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the selected instances and stop paying for them</source>
        <translation>释放所选实例并停止计费</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return</source>
        <translation>退还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;bandwidth…</source>
        <translation>调整带宽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the public bandwidth of the selected running instance</source>
        <translation>调整所选运行中实例的公网带宽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch &amp;again with these settings…</source>
        <translation>购买相同配置(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the wizard filled with the settings of the selected launch</source>
        <translation>打开向导，并填入所选启动的配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launch again</source>
        <translation>购买相同配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save launch as &amp;template…</source>
        <translation>将启动保存为模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings of the selected launch as a template file (never its password)</source>
        <translation>将所选启动的配置保存为模板文件（不含密码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy instance ID</source>
        <translation>复制实例 ID(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the IDs of the selected instances, one a line</source>
        <translation>复制所选实例的 ID，每行一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;public IP</source>
        <translation>复制公网 IP(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the public IPs of the selected instances, one a line</source>
        <translation>复制所选实例的公网 IP，每行一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy pr&amp;ivate IP</source>
        <translation>复制内网 IP(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the private IPs of the selected instances, one a line</source>
        <translation>复制所选实例的内网 IP，每行一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected rows, or all rows when none is selected, as a CSV file</source>
        <translation>将所选的行（未选择时为全部行）保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This row stands for instances the service did not create: there is nothing to return.</source>
        <translation>该行代表服务未创建的实例，没有可退还的实例。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is still being created; it can be returned once it runs.</source>
        <translation>%1仍在创建中，运行后才能退还。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already being returned.</source>
        <translation>%1已在退还中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has been returned.</source>
        <translation>%1已退还。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service no longer lists %1: there is nothing to return.</source>
        <translation>服务已不再列出%1，没有可退还的实例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The state of %1 is not known yet; wait for the service&apos;s answer.</source>
        <translation>%1的状态尚未知晓，请等待服务的回复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An operation on %1 is in progress; wait until it ends.</source>
        <translation>%1有操作正在进行，请等待其结束。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select an instance first.</source>
        <translation>请先选择实例。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the selected instances can be returned: %1</source>
        <translation>所选实例均不能退还：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select one instance: the service changes the bandwidth of one instance at a time.</source>
        <translation>请只选择一个实例：服务每次只调整一个实例的带宽。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row stands for instances the service did not create.</source>
        <translation>该行代表服务未创建的实例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a running instance&apos;s bandwidth can change; %1 is %2.</source>
        <translation>只能调整运行中实例的带宽；%1当前为“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no public IP, so it has no public bandwidth to change.</source>
        <translation>%1没有公网 IP，没有可调整的公网带宽。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+135"/>
        <source>Select a launch or one of its instances first.</source>
        <translation>请先选择一次启动或其中的实例。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>This launch is not in the launch record any more.</source>
        <translation>启动记录中已没有这次启动。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The selected rows have no ID.</source>
        <translation>所选的行没有 ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected instances have no public IP.</source>
        <translation>所选实例没有公网 IP。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected instances have no private IP yet.</source>
        <translation>所选实例还没有内网 IP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no rows to export.</source>
        <translation>没有可导出的行。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Return instance %1?</source>
        <translation>退还实例%1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return instance %1 (%2)?</source>
        <translation>退还实例%1（%2）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return %1</source>
        <translation>退还%1(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Return %n instance(s)?</source>
        <translation>
            <numerusform>退还%n台实例？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>……以及另外%n台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Return %n instance(s)</source>
        <translation>
            <numerusform>退还%n台实例(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instance is shut down and released, and its local and system disks are deleted. This cannot be undone.</source>
        <translation>实例将被关机并释放，其本地盘和系统盘会被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instances are shut down and released, and their local and system disks are deleted. This cannot be undone.</source>
        <translation>这些实例将被关机并释放，其本地盘和系统盘会被删除。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other selected row(s) cannot be returned and stay as they are.</source>
        <translation>
            <numerusform>另有%n个所选的行不能退还，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return instances</source>
        <translation>退还实例</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The public bandwidth of %1 is %2 Mbps now.</source>
        <translation>%1的公网带宽现为%2Mbps。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The launch&apos;s password is not kept: enter one again in the wizard.</source>
        <translation>启动的密码不会保存，请在向导中重新输入。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save launch template</source>
        <translation>保存启动模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launch templates (*.json)</source>
        <translation>启动模板 (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the launch as template %1.</source>
        <translation>已将启动保存为模板%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export instances as CSV</source>
        <translation>将实例导出为 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将%n行导出到%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export the instances</source>
        <translation>无法导出实例</translation>
    </message>
</context>
<context>
    <name>InstanceBandwidth</name>
    <message>
        <location filename="../app/launch/instancebandwidth.cpp" line="+59"/>
        <source>The launch of %1 is not in the journal, so its price cannot be asked on API 2.0.</source>
        <translation>启动记录中没有%1的启动，无法通过 API 2.0 询价。</translation>
    </message>
</context>
<context>
    <name>InstanceConfigPage</name>
    <message>
        <location filename="../ui/wizard/instanceconfigpage.cpp" line="+36"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+203"/>
        <source>Choose the instance family, its CPU and memory, a name and how many to launch.</source>
        <translation>选择实例类型、CPU 和内存、名称以及启动数量。</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Instance &amp;family:</source>
        <translation>实例类型(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance family</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instance &amp;type:</source>
        <translation>机型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the instance types of this zone</source>
        <translation>刷新此可用区的机型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the instance types of this zone</source>
        <translation>此可用区的机型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance types sold in this zone</source>
        <translation>此可用区在售的机型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grouped by family. Sold-out types are listed with the reason but cannot be chosen.</source>
        <translation>按机型系列分组。已售罄的机型会列出原因，但不可选择。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; the service names it 未命名</source>
        <translation>可选；不填时服务命名为“未命名”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the instance name</source>
        <translation>清除实例名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of instances</source>
        <translation>实例数量</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;CPU:</source>
        <translation>CPU(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance n&amp;ame:</source>
        <translation>实例名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;unt:</source>
        <translation>数量(&amp;U)：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 — %2 (CPU:memory %3)
%4</source>
        <translation>%1（%2，CPU:内存%3）
%4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose an instance type the service sells in this zone today, a name and how many to launch.</source>
        <translation>选择此可用区当前在售的机型、实例名称和购买数量。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
Not sold in %2.</source>
        <translation>%1
%2不售卖此实例类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not sold in %2: choose it only to move to a zone that sells it.</source>
        <translation>%2不售卖%1：仅当要换到售卖它的可用区时才选择它。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n core(s) — not offered</source>
        <translation>
            <numerusform>%n核，不提供</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB — not offered with these cores</source>
        <translation>%1 GB（此核数不提供）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reading this zone&apos;s instance quota…</source>
        <translation>正在读取此可用区的实例配额…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of %1 left in this zone</source>
        <comment>pay-by-hour instance quota</comment>
        <translation>
            <numerusform>此可用区剩余%n台（配额%1台）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service lists no pay-by-hour quota for this zone; the launch is limited to %1 instances.</source>
        <translation>服务未列出此可用区的按量计费配额；每次最多创建%1台实例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The quota of this zone could not be read, so the launch is limited to %1 instances only by this app. %2</source>
        <translation>无法读取此可用区的配额，因此仅按本应用的上限每次最多创建%1台实例。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chosen zone has no API 3.0 name, so what it sells cannot be asked. Go back and choose another zone.</source>
        <translation>所选可用区没有 API 3.0 名称，无法查询其在售机型。请返回选择其他可用区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service sells no pay-by-hour instance type in %1 today. Go back and choose another zone, or press Retry.</source>
        <translation>%1当前没有在售的按量计费机型。请返回选择其他可用区，或点击重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offer of %1, as of less than a minute ago</source>
        <translation>%1的在售机型，不到1分钟前获取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer of %1, as of 1 minute ago</source>
        <translation>%1的在售机型，1分钟前获取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer of %1, as of %2 minutes ago</source>
        <translation>%1的在售机型，%2分钟前获取</translation>
    </message>
</context>
<context>
    <name>InstanceCount</name>
    <message>
        <location filename="../app/spec/instancecount.cpp" line="+25"/>
        <source>Up to %1 per launch, a limit of this app until it reads your account&apos;s quota.</source>
        <translation>每次启动最多%1台，这是本应用在读取您账号的配额之前设定的上限。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent as %n request(s) of at most %1 instances each.</source>
        <translation>
            <numerusform>将分%n次请求发送，每次最多%1台实例。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceDetails</name>
    <message>
        <location filename="../ui/main/instancedetails.cpp" line="+38"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+30"/>
        <source>Launch</source>
        <translation>启动批次</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU and memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1, region %2</source>
        <translation>%1，地域%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, in the profile&apos;s region</source>
        <translation>%1，配置文件所在地域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch ID</source>
        <translation>启动批次 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¥%1 per instance per hour (as quoted at launch)</source>
        <translation>每台每小时¥%1（启动时的询价）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown (no price was quoted at launch)</source>
        <translation>未知（启动时没有询价）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count %1, %2, clientToken %3</source>
        <translation>%1台，%2，clientToken %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1</source>
        <translation>第%1批</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launch parameters:</source>
        <translation>启动参数：</translation>
    </message>
</context>
<context>
    <name>InstanceModel</name>
    <message>
        <location filename="../app/launch/instancemodel.cpp" line="+20"/>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creation failed</source>
        <translation>创建已失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returning</source>
        <translation>退还中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>操作中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for status</source>
        <translation>等待状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found by the service</source>
        <translation>服务未找到</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>(%n instance(s) not confirmed yet)</source>
        <translation>
            <numerusform>（%n台实例尚未确认）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n instance(s) not created)</source>
        <translation>
            <numerusform>（%n台实例未创建）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n core(s) / %1 GB</source>
        <translation>
            <numerusform>%n核 / %1 GB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not launched</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown, will ask again</source>
        <translation>结果未知，将再次询问</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (account not available)</source>
        <translation>%1（账号不可用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (last action failed)</source>
        <translation>%1（上次操作失败）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (status not refreshed)</source>
        <translation>%1（状态未刷新）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Mbps</source>
        <translation>%1Mbps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account unknown</source>
        <translation>账号未知</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cores / memory</source>
        <translation>CPU / 内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launched at</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch</source>
        <translation>启动批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>InstancesPanel</name>
    <message>
        <location filename="../ui/main/instancedetails.cpp" line="-81"/>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent, waiting for the answer</source>
        <translation>已发送，等待应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown, will ask again</source>
        <translation>结果未知，将再次询问</translation>
    </message>
    <message>
        <location filename="../ui/main/instancespanel.cpp" line="+60"/>
        <source>Instance ID, name, zone, status, IP…</source>
        <translation>实例 ID、名称、可用区、状态、IP…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Launches and their instances</source>
        <translation>启动批次及其实例</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Details of the selected row</source>
        <translation>所选行的详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a launch or an instance to see its details and launch parameters.</source>
        <translation>选择一个启动批次或实例，查看其详情和启动参数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide fi&amp;nished launches</source>
        <translation>隐藏已结束的启动批次(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ar&amp;chived launches</source>
        <translation>显示已归档的启动批次(&amp;C)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Show instances of &amp;all accounts</source>
        <translation>显示所有账号的实例(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the instances of every profile, with an Account column, not only the active profile&apos;s</source>
        <translation>显示每个配置的实例（带“账号”列），而不仅是当前配置的实例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide &amp;finished launches</source>
        <translation>隐藏已结束的启动批次(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out launches whose instances were all returned or never created</source>
        <translation>不显示实例已全部退还或未能创建的启动批次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show a&amp;rchived launches</source>
        <translation>显示已归档的启动批次(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the launches you archived as well</source>
        <translation>同时显示已归档的启动批次</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+95"/>
        <source>Ar&amp;chive launch</source>
        <translation>归档启动批次(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring back from ar&amp;chive</source>
        <translation>取消归档(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a launch&apos;s row to archive it</source>
        <translation>选择启动批次所在的行即可归档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only launches whose instances were all returned or never created can be archived</source>
        <translation>只有实例已全部退还或未能创建的启动批次才能归档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the launch again without “Show archived launches”</source>
        <translation>不开启“显示已归档的启动批次”也显示该启动批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the launch unless “Show archived launches” is on; it stays in the journal</source>
        <translation>除非开启“显示已归档的启动批次”，否则不显示该启动批次；其记录仍保留在日志中</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Creating: %1</source>
        <translation>创建中：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running: %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>创建失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for status: %1</source>
        <translation>等待状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running cost: ¥%1 per hour</source>
        <translation>运行费用：每小时¥%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running cost: price unknown</source>
        <translation>运行费用：价格未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running cost: ¥%1 per hour, and %2 running with no recorded price</source>
        <translation>运行费用：每小时¥%1，另有%2台运行中的实例未记录价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Show &amp;all accounts</source>
        <translation>显示所有账号(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../app/launch/journal.cpp" line="+41"/>
        <source>The launch journal could not be written (%1). Check that the disk is not full and that the data folder is writable.</source>
        <translation>无法写入启动日志（%1）。请检查磁盘是否已满、数据文件夹是否可写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>无法创建%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is larger than %1 MiB</source>
        <translation>文件大于%1 MiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The launch record %1 could not be read (%2); it was left in place. Check its permissions and restart CVM Launcher.</source>
        <translation>无法读取启动记录%1（%2），已保留原文件。请检查其权限并重新启动 CVM Launcher。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its name does not match the launch it holds</source>
        <translation>文件名与其中记录的启动不符</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A damaged launch record was moved aside to %1: %2. The instances of that launch are not shown; look them up in the Tencent Cloud console if you need them.</source>
        <translation>已将损坏的启动记录移至%1：%2。该次启动的实例不会显示；如有需要，请在腾讯云控制台中查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A damaged launch record (%1) could not be moved aside: %2. Move it out of the journal folder by hand.</source>
        <translation>无法移走损坏的启动记录（%1）：%2。请手动将其移出日志文件夹。</translation>
    </message>
</context>
<context>
    <name>LanguagePreference</name>
    <message>
        <location filename="../app/i18n/languagepreference.cpp" line="+48"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>LaunchController</name>
    <message numerus="yes">
        <location filename="../app/launch/launchcontroller.cpp" line="+60"/>
        <source>Launching %n instance(s)…</source>
        <translation>
            <numerusform>正在启动%n台实例…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Trying again (attempt %2) in %3 s.</source>
        <translation>%1将在%3秒后重试（第%2次）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Part of a launch failed: %1</source>
        <translation>部分启动失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of a launch is not confirmed: %1</source>
        <translation>部分创建尚未确认：%1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 was already returned.</source>
        <translation>%1已退还。</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+53"/>
        <location line="+1"/>
        <source>%1 was not returned. %2</source>
        <translation>%1未被退还。%2</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Launch “%1”: %2.</source>
        <translation>启动批次“%1”：%2。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Account “%1”: %2</source>
        <translation>账号“%1”：%2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 was not returned: the app does not know which account launched it. Return it in the Tencent Cloud console.</source>
        <translation>%1未退还：本应用不知道是哪个账号创建了它。请在腾讯云控制台中退还。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was not returned: the keys of its account are still being loaded from the keychain. Try again in a moment.</source>
        <translation>%1未退还：其账号的密钥仍在从钥匙串加载。请稍后再试。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keys of its account are still being loaded from the keychain. Try again in a moment.</source>
        <translation>其账号的密钥仍在从密钥环加载，请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app does not know which account launched it.</source>
        <translation>本应用不知道是哪个账号启动了它。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Return failed: %1</source>
        <translation>退还失败：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is being returned.</source>
        <translation>%1正在退还。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer to returning %1 was lost because its account&apos;s settings changed meanwhile; the app asks the service for its state.</source>
        <translation>退还%1的应答已丢失，因为其账号的设置在此期间发生了变化；本应用将向服务查询其状态。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This launch does not record which account made it, so the app neither asks about its instances nor returns them through a guessed account. Look them up in the Tencent Cloud console.</source>
        <translation>此次启动未记录创建它的账号，因此本应用不会通过猜测的账号查询或退还其实例。请在腾讯云控制台中查看。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its account is not the one selected. Select the profile that launched it to follow it.</source>
        <translation>它所属的账号不是当前选择的账号。请选择启动它的配置以跟踪其状态。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile</source>
        <translation>已删除的配置</translation>
    </message>
</context>
<context>
    <name>LaunchNotifier</name>
    <message>
        <location filename="../app/launch/launchnotifier.cpp" line="+27"/>
        <source>Launch finished: %1</source>
        <translation>创建完成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch failed: %1</source>
        <translation>创建失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch partly failed: %1</source>
        <translation>部分创建失败：%1</translation>
    </message>
</context>
<context>
    <name>LaunchPreview</name>
    <message>
        <location filename="../app/api/launchpreview.cpp" line="+8"/>
        <source>&lt;one per request, set by the launcher&gt;</source>
        <translation>&lt;每次请求一个，由启动器设置&gt;</translation>
    </message>
</context>
<context>
    <name>LaunchProgress</name>
    <message>
        <location filename="../app/launch/launchprogress.cpp" line="+53"/>
        <source>%1 of %2 running</source>
        <translation>%2台中%1台运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 creating</source>
        <translation>%1台创建中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting for status</source>
        <translation>%1台等待状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1台创建失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 returned</source>
        <translation>%1台已退还</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stopped or not found</source>
        <translation>%1台已关机或未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>LaunchRecordJson</name>
    <message>
        <location filename="../app/launch/launchrecordjson.cpp" line="+58"/>
        <source>The journal entry has a missing or invalid &quot;%1&quot;.</source>
        <translation>日志条目中的 &quot;%1&quot; 缺失或无效。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The journal entry is larger than %1 MiB.</source>
        <translation>日志条目大于%1 MiB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal entry is not valid JSON (%1).</source>
        <translation>日志条目不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a CVM Launcher journal entry.</source>
        <translation>该文件不是 CVM Launcher 的日志条目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal entry has an unsupported version; it may come from a newer CVM Launcher.</source>
        <translation>日志条目的版本不受支持；它可能来自更新版本的 CVM Launcher。</translation>
    </message>
</context>
<context>
    <name>LaunchRegion</name>
    <message>
        <location filename="../app/api/launchregion.cpp" line="+10"/>
        <source>The launch is for the region %1, but this account works in %2. Choose a zone of %2, or switch to a profile of %1; nothing was sent.</source>
        <translation>此次启动的地域为%1，但该账号在%2工作。请选择%2的可用区，或切换到%1的配置文件；未发送任何请求。</translation>
    </message>
</context>
<context>
    <name>LaunchSpecJson</name>
    <message>
        <location filename="../app/spec/launchspecjson.cpp" line="+30"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text string</source>
        <translation>文本字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of text strings</source>
        <translation>文本字符串列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of disks like {&quot;DiskType&quot;: &quot;CLOUD_PREMIUM&quot;, &quot;DiskSize&quot;: 100}</source>
        <translation>磁盘列表，例如 {&quot;DiskType&quot;: &quot;CLOUD_PREMIUM&quot;, &quot;DiskSize&quot;: 100}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>字段“%1”必须是%2。</translation>
    </message>
</context>
<context>
    <name>LaunchSummary</name>
    <message>
        <location filename="../ui/wizard/launchsummary.cpp" line="+11"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance family</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU and memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n core(s), %1 GB</source>
        <translation>
            <numerusform>%n核，%1 GB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>实例数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (the service names them)</source>
        <translation>无（由服务命名）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB, %2</source>
        <translation>%1 GB，%2</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Instance type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+12"/>
        <source>%1, %2 GB</source>
        <translation>%1，%2 GB</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data disk %1</source>
        <translation>数据盘%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB, the image&apos;s default</source>
        <translation>%1 GB，镜像的默认大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPC %1, subnet %2</source>
        <translation>私有网络%1，子网%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>basic network</source>
        <translation>基础网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC gateway</source>
        <translation>公网网关</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (0 Mbps): no public traffic</source>
        <translation>无（0 Mbps）：不能访问公网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to %1 Mbps, %2</source>
        <translation>最高%1 Mbps，%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project&apos;s default group (it lets every IPv4 address in)</source>
        <translation>项目的默认安全组（放通所有IPv4地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with a password (set, not shown)</source>
        <translation>使用密码（已设置，不显示）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with key pair %1</source>
        <translation>使用密钥%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a password the service generates and sends to your message center</source>
        <translation>使用服务生成的密码，通过站内信发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security agent</source>
        <translation>云安全服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor agent</source>
        <translation>云监控服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default project</source>
        <translation>默认项目</translation>
    </message>
</context>
<context>
    <name>LaunchTemplate</name>
    <message>
        <location filename="../app/spec/launchtemplate.cpp" line="+28"/>
        <source>the system disk is %1 (version 1 left the type to the service)</source>
        <translation>系统盘为%1（第 1 版由服务决定类型）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the data disk (storageType %1, %2 GB) is listed for API 3.0 as %3</source>
        <translation>数据盘（storageType %1，%2 GB）在 API 3.0 中记为%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data disk (storageType %1) has no API 3.0 type and was not carried over</source>
        <translation>数据盘（storageType %1）没有对应的 API 3.0 类型，未予保留</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This template is format version 1 and was brought up to version %1: %2. Check the Storage step; saving the template keeps it in the new format.</source>
        <translation>此模板为第 1 版格式，已升级到第%1版：%2。请检查“存储”步骤；保存模板即可保留新格式。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The template is larger than %1 KiB; it cannot be a launch template.</source>
        <translation>模板大于%1 KiB，不可能是启动模板。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template is not valid JSON (%1 at byte %2); it may be truncated or damaged.</source>
        <translation>模板不是有效的 JSON（第%2字节处：%1），文件可能不完整或已损坏。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template must be a JSON object.</source>
        <translation>模板必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a CVM Launcher template (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>此文件不是 CVM Launcher 模板（“format”必须为“%1”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template&apos;s &quot;version&quot; must be a positive whole number.</source>
        <translation>模板的“version”必须是正整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template was written by a newer CVM Launcher (format version %1; this one reads up to %2). Update CVM Launcher to open it.</source>
        <translation>该模板由更新版本的 CVM Launcher 写入（格式版本%1，本版本最高只能读取版本%2）。请更新 CVM Launcher 后再打开。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The template has no &quot;spec&quot; object.</source>
        <translation>模板中没有“spec”对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The template contained a password. Passwords are never kept in templates, so it was ignored: enter it again in the wizard.</source>
        <translation>模板中包含密码。模板从不保存密码，因此已忽略该密码：请在向导中重新输入。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the template &quot;%1&quot;: %2</source>
        <translation>无法打开模板“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the template &quot;%1&quot;: %2</source>
        <translation>无法读取模板“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the template &quot;%1&quot;: %2</source>
        <translation>无法写入模板“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the template &quot;%1&quot;: %2</source>
        <translation>无法保存模板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>LaunchTreeModel</name>
    <message>
        <location filename="../app/launch/launchtreemodel.cpp" line="+303"/>
        <source>%1 × %2 in %3</source>
        <translation>%1 × %2（%3）</translation>
    </message>
</context>
<context>
    <name>LaunchWizard</name>
    <message>
        <location filename="../ui/wizard/launchwizard.cpp" line="+42"/>
        <source>New launch</source>
        <translation>新建实例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Jump back to review</source>
        <translation>返回确认页(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go forward through the steps to the review, as far as each step allows</source>
        <translation>逐步前进到确认页，遇到未完成的步骤时停下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve as template…</source>
        <translation>另存为模板(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open template…</source>
        <translation>打开模板(&amp;O)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>This launch starts from your previous launch&apos;s choices. Change what you need, or start blank.</source>
        <translation>本次沿用了上次创建时的选择。可按需修改，或从头开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This launch starts from your previous launch&apos;s choices (%1). Change what you need, or start blank.</source>
        <translation>本次沿用了上次创建时的选择（%1）。可按需修改，或从头开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard this launch?</source>
        <translation>放弃本次创建？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The choices you made in this wizard will be lost.</source>
        <translation>在此向导中所做的选择将会丢失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>API 2.0 takes one data disk and no security groups: the data disks and security groups of the reopened launch were dropped. Choose a data disk on the Storage step.</source>
        <translation>API 2.0 只支持一块数据盘且不支持安全组：重新打开的启动中的数据盘和安全组已被舍弃。请在“存储”步骤中选择数据盘。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This connection cannot work in %1, so the launch stays in %2.</source>
        <translation>当前连接无法在%1使用，实例仍将在%2创建。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The zone you had chosen before, %1 (%2), is not in this profile&apos;s region %3, so it was dropped. Choose a zone below, or choose another region.</source>
        <translation>之前选择的可用区%1（%2）不在此账号配置的地域%3，已移除。请在下方选择可用区，或选择其他地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another region</source>
        <translation>其他地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reopened launch was for %1; this profile works in %2, so the launch now goes there.</source>
        <translation>上次创建位于%1；此账号配置使用%2，本次将在%2创建。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Save launch template</source>
        <translation>保存启动模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Launch templates (*.json)</source>
        <translation>启动模板 (*.json)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as template %1. It holds no password.</source>
        <translation>已保存为模板%1。模板中不含密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open launch template</source>
        <translation>打开启动模板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened template %1: its choices replaced the ones on screen.</source>
        <translation>已打开模板%1：其中的选择已替换当前界面上的选择。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This launch starts from the template %1. Change what you need, or start blank.</source>
        <translation>本次沿用了模板%1中的选择。可按需修改，或从头开始。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app/launch/launcher.cpp" line="+59"/>
        <source>No account is selected, so nothing was launched. Choose or add an account first.</source>
        <translation>未选择账号，因此未启动任何实例。请先选择或添加账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of instances must be at least 1.</source>
        <translation>实例数量至少为 1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available to keep the password until the launch is confirmed, so nothing was launched. Log in with an SSH key instead, or set up a keychain.</source>
        <translation>没有可用的密钥环在启动确认前保存密码，因此未启动任何实例。请改用 SSH 密钥登录，或配置密钥环。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was launched. %1</source>
        <translation>未启动任何实例。%1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no keychain is available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The password could not be kept in the keychain (%1), so nothing was sent: after a crash it could not be resent safely. Unlock the keychain and launch again, or log in with an SSH key.</source>
        <translation>无法将密码保存到密钥环（%1），因此没有发送任何请求：否则崩溃后无法安全重发。请解锁密钥环后重新创建，或改用 SSH 密钥登录。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>At most %1 instances can be launched at once.</source>
        <translation>一次最多可启动%1台实例。</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>A launch waits to be resent but no keychain is available to give back its password. It will be tried again at the next start.</source>
        <translation>有一次启动等待重新发送，但没有可用的密钥环来取回其密码。下次启动程序时将再次尝试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This batch was never sent: the app stopped before its password was in the keychain. Nothing was created for it; launch these instances again.</source>
        <translation>此批次从未发送：应用在其密码存入密钥环之前已停止。此批次没有创建任何实例；请重新创建这些实例。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 The service asked the app to wait; the app sends this batch again later with the same request, so nothing is created twice.</source>
        <translation>%1服务要求应用稍候；应用稍后会以相同的请求再次发送这一批，不会重复创建。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Whether these instances were created is not known yet; the app asks the service again later with the same request, so nothing is created twice.</source>
        <translation>%1暂不清楚这些实例是否已创建；应用稍后会以相同的请求再次询问服务，不会重复创建。</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+18"/>
        <source>A launch password could not be removed from the keychain (%1). It will be tried again at the next start.</source>
        <translation>无法从密钥环中删除启动密码（%1）。下次启动时会再次尝试。</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>This batch could not be resent because its password is no longer in the keychain. Launch these instances again.</source>
        <translation>此批次无法重新发送，因为其密码已不在密钥环中。请重新启动这些实例。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An unfinished launch could not be resent because the keychain did not give back its password (%1). It will be tried again at the next start.</source>
        <translation>未完成的启动无法重新发送，因为密钥环未返回其密码（%1）。下次启动程序时将再次尝试。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This batch was not sent. %1</source>
        <translation>此批次未发送。%1</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../ui/widgets/loadstatus.cpp" line="+24"/>
        <source>Loading %1</source>
        <translation>正在加载%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retr&amp;y</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry loading %1</source>
        <translation>重新加载%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not load %1.</source>
        <translation>无法加载%1。</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/locationpage.cpp" line="+26"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Availability &amp;zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Choose the region and the availability zone the instances will run in.</source>
        <translation>选择实例所在的地域和可用区。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the regions</source>
        <translation>地域列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the availability zones</source>
        <translation>可用区列表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start blank</source>
        <translation>从头开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the previous launch&apos;s choices and start from the recommended defaults.</source>
        <translation>不沿用上次的选择，从推荐的默认值开始。</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+114"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The service lists no availability zones for this region. Choose another region, or press Retry.</source>
        <translation>服务未列出此地域的可用区。请选择其他地域，或单击“重试”。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The zone you had chosen before, %1 (%2), is not in the region shown, so it was dropped. Choose a zone below.</source>
        <translation>之前选择的可用区%1（%2）不在当前地域，已移除。请在下方选择可用区。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose an availability zone in %1.</source>
        <translation>请选择%1的可用区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instances will run in %1 (%2), region %3.</source>
        <translation>实例将在%1（%2）运行，所在地域为%3。</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+70"/>
        <source>%1 — not available now</source>
        <translation>%1，当前不可用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another region</source>
        <translation>其他地域</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Availability &amp;zone in %1:</source>
        <translation>%1的可用区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Region: follows the zone you choose.</source>
        <translation>地域：由所选可用区决定。</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/wizard/loginpage.cpp" line="+27"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how you will log in to the instances.</source>
        <translation>选择登录实例的方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Set a password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an SSH &amp;key pair</source>
        <translation>使用 SSH 密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let the service &amp;generate a password</source>
        <translation>由服务生成密码(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is sent to the account&apos;s message center.</source>
        <translation>密码将通过站内信发送。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how password</source>
        <translation>显示密码(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key pair</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key pairs</source>
        <translation>密钥列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confir&amp;m password:</source>
        <translation>确认密码(&amp;M)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key pai&amp;r:</source>
        <translation>密钥(&amp;R)：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: this account has no key pairs in this region. Create one in the console and choose this option again, or use a password.</source>
        <translation>无：此账号在本地域没有密钥对。请在控制台创建后再次选择此项，或使用密码。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Type the same password again to confirm it.</source>
        <translation>请再输入一次同样的密码以确认。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ. Type the same password in both fields.</source>
        <translation>两次输入的密码不一致，请在两个输入框中输入同样的密码。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Key pairs are not available: Windows images only accept a password.</source>
        <translation>不能使用密钥：Windows 镜像只支持密码登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+67"/>
        <source>You are on the built-in sandbox: nothing is created for real. Add your Tencent Cloud account with Profiles… in the toolbar.</source>
        <translation>当前使用的是内置沙盒：不会真正创建任何资源。请通过工具栏中的“管理账号配置…”添加您的腾讯云账号。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Damaged launch record</source>
        <translation>启动记录已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was launched</source>
        <translation>未启动任何实例</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New launch…</source>
        <translation>新建实例(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe and launch new instances</source>
        <translation>填写配置并创建新实例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofiles…</source>
        <translation>管理账号配置(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit or delete accounts and their keys</source>
        <translation>添加、编辑或删除账号及其密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Instance</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About CVM Launcher</source>
        <translation>关于 CVM Launcher(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Profile:</source>
        <translation>账号配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active profile</source>
        <translation>当前账号配置</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <comment>window title: profile (region)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About CVM Launcher</source>
        <translation>关于 CVM Launcher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CVM Launcher %1</source>
        <translation>CVM Launcher %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates pay-by-hour Tencent Cloud CVM instances and follows them until they run.

Built with Qt %1, running on Qt %2.
Licensed under the Apache License 2.0 (Apache-2.0).</source>
        <translation>创建按量计费的腾讯云 CVM 实例，并跟踪到实例运行。

使用 Qt %1构建，运行于 Qt %2。
按 Apache License 2.0（Apache-2.0）授权。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program uses Qt version %1.</source>
        <translation>本程序使用 Qt %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3 and under commercial licences. See qt.io for more.</source>
        <translation>Qt 是用于跨平台应用开发的 C++ 工具包，以 GNU LGPL 第 3 版及商业许可提供。详情请见 qt.io。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no profile named “%1”, so CVM Launcher started on the built-in Sandbox. Choose a profile in the toolbar, or add one with Profiles… in the toolbar.</source>
        <translation>不存在名为“%1”的账号配置，因此 CVM Launcher 已使用内置沙盒启动。请在工具栏中选择账号配置，或通过工具栏中的“管理账号配置…”添加。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For this run, requests go to %1 (--endpoint).</source>
        <translation>本次运行的请求将发往%1（--endpoint）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot open template</source>
        <translation>无法打开模板</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="+16"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../ui/wizard/networkpage.cpp" line="+29"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the network and the public bandwidth.</source>
        <translation>选择网络和公网带宽。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bandwidth billing</source>
        <translation>带宽计费方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public bandwidth in Mbps</source>
        <translation>公网带宽（Mbps）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Basic net&amp;work</source>
        <translation>基础网络(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual &amp;private cloud (VPC) — chosen on the next page</source>
        <translation>私有网络（VPC），在下一页选择(&amp;P)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assign a public &amp;IP</source>
        <translation>分配公网IP(&amp;I)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bandwidth bi&amp;lling:</source>
        <translation>带宽计费(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth &amp;cap:</source>
        <translation>带宽上限(&amp;C)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Retired: current instance types run only in a VPC.</source>
        <translation>已下线：当前机型仅支持在私有网络中启动。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>With a public IP the instances can be reached from the internet at up to %1 Mbps.</source>
        <translation>有公网 IP 时，可从互联网访问实例，带宽最高%1 Mbps。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public IP: with a bandwidth cap of 0 Mbps the service does not assign one. Raise the cap to get a public IP.</source>
        <translation>无公网 IP：带宽上限为 0 Mbps 时服务不分配公网 IP。提高带宽上限即可获得公网 IP。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: no security group is chosen, so the instances join the project&apos;s default security group, which lets every IPv4 address in on every port. With a public IP they are open to the whole internet: choose a group that opens only what you need.</source>
        <translation>警告：未选择安全组，实例将绑定项目的默认安全组，默认安全组会放通所有IPv4地址的所有端口。有公网IP时实例对整个互联网开放：请选择只放通所需端口的安全组。</translation>
    </message>
</context>
<context>
    <name>NetworkTransportReply</name>
    <message>
        <location filename="../app/api/networktransportreply.cpp" line="+75"/>
        <source>The answer is larger than %1 MiB; it was not read.</source>
        <translation>应答大于%1 MiB，未读取。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer is larger than %1 MiB; it was cut off.</source>
        <translation>应答大于%1 MiB，已被截断。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server redirected from https to a less safe address (%1).</source>
        <translation>服务器从 https 重定向到了不够安全的地址（%1）。</translation>
    </message>
</context>
<context>
    <name>PagedCall</name>
    <message>
        <location filename="../app/api/pagedcall.cpp" line="+73"/>
        <source>The list did not end after %1 pages of %2 items; the answer is not believable, so none of it is used.</source>
        <translation>列表在%1页（每页%2项）后仍未结束；该应答不可信，已全部弃用。</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/passwordchecklist.cpp" line="+15"/>
        <source>Password rules</source>
        <translation>密码规则</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ Met: %1</source>
        <translation>✓ 已满足：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not yet: %1</source>
        <translation>✗ 未满足：%1</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../app/validation/passwordrules.cpp" line="+21"/>
        <source>letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower-case letters</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upper-case letters</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>special characters</source>
        <translation>特殊字符</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only letters, digits and these special characters: %1</source>
        <translation>只能包含字母、数字和以下特殊字符：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 characters</source>
        <translation>%1到%2个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 of: %2</source>
        <translation>至少包含以下%1类：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language is used the next time CVM Launcher starts.</source>
        <translation>新的语言将在下次启动 CVM Launcher 时生效。</translation>
    </message>
</context>
<context>
    <name>PricePanel</name>
    <message>
        <location filename="../ui/widgets/pricepanel.cpp" line="+21"/>
        <source>the price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n instance(s): ¥%1 per hour</source>
        <translation>
            <numerusform>%n台实例：每小时¥%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1 per hour</source>
        <translation>合计：每小时%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n instance(s): %1</source>
        <translation>
            <numerusform>%n台实例：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bandwidth: %1</source>
        <translation>带宽：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic: %1 per GB, not in the total</source>
        <translation>流量：每GB%1，不计入合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth: ¥%1</source>
        <translation>带宽：¥%1</translation>
    </message>
</context>
<context>
    <name>PriceQuoter</name>
    <message>
        <location filename="../ui/wizard/pricequoter.cpp" line="+80"/>
        <source>No price without a connected profile.</source>
        <translation>未连接账号配置，无法询价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price appears once the CPU, memory and image are chosen.</source>
        <translation>选择 CPU、内存和镜像后显示价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price appears once the instance, image, disk and bandwidth choices have no errors.</source>
        <translation>实例、镜像、磁盘和带宽的选择没有错误后显示价格。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/credentials/profile.cpp" line="+25"/>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API 2.0 no longer serves real accounts: use API 3.0 unless you know your endpoint still speaks 2.0.</source>
        <translation>API 2.0 已不再服务真实账号：除非确定您的接入点仍支持 2.0，否则请使用 API 3.0。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the profile a name, for example the account&apos;s owner or purpose.</source>
        <translation>请为账号配置命名，例如账号所有者或用途。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a region the app knows. Choose one of: %2.</source>
        <translation>“%1”不是本应用已知的地域。请从以下地域中选择：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signature method must be HmacSHA256 or HmacSHA1.</source>
        <translation>签名方法必须是 HmacSHA256 或 HmacSHA1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default project id cannot be negative; 0 is the default project.</source>
        <translation>默认项目 ID 不能为负数；0 表示默认项目。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../ui/dialogs/profileform.cpp" line="+46"/>
        <source>API 3.0 (RunInstances, TC3-HMAC-SHA256)</source>
        <translation>API 3.0（RunInstances，TC3-HMAC-SHA256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API 2.0 (RunInstancesHour)</source>
        <translation>API 2.0（RunInstancesHour）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+91"/>
        <source>Empty: Tencent Cloud&apos;s own servers</source>
        <translation>留空：使用腾讯云自己的服务器</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>0 (default project)</source>
        <translation>0（默认项目）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name</source>
        <translation>账号配置名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API version:</source>
        <translation>API 版本(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint override</source>
        <translation>自定义接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnature method:</source>
        <translation>签名方法(&amp;G)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature method (API 2.0)</source>
        <translation>签名方法（API 2.0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default pro&amp;ject:</source>
        <translation>默认项目(&amp;J)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default project id</source>
        <translation>默认项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SecretKey (hidden)</source>
        <translation>SecretKey（已隐藏）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The built-in sandbox runs on this computer: nothing is created for real and it needs no keys. It cannot be deleted.</source>
        <translation>内置沙盒运行在本机上：不会真正创建任何资源，也不需要密钥。它无法被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer (set when the sandbox starts)</source>
        <translation>本机（沙盒启动时设定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables: used for this session only, never stored.</source>
        <translation>来自环境变量 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY：仅用于本次会话，从不保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>(from the environment)</source>
        <translation>（来自环境变量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys are kept in your system keychain, never in a file.</source>
        <translation>密钥保存在系统密钥环中，从不写入文件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved in the keychain; type to replace</source>
        <translation>已保存在密钥环中；输入新值即可替换</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a region.</source>
        <translation>请选择地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a region the app knows.</source>
        <translation>不是本应用已知的地域。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/credentials/profilestore.cpp" line="+89"/>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Environment profile comes from TENCENTCLOUD_* variables and cannot be saved; add a profile of your own instead.</source>
        <translation>“环境变量”账号配置来自 TENCENTCLOUD_* 变量，无法保存；请另外添加您自己的账号配置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has no valid id; create it again with Add.</source>
        <translation>该账号配置没有有效的 ID；请用“添加”重新创建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a profile named “%1”; choose another name.</source>
        <translation>已存在名为“%1”的账号配置；请换一个名称。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The built-in profile “%1” cannot be deleted.</source>
        <translation>内置账号配置“%1”无法删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That profile no longer exists.</source>
        <translation>该账号配置已不存在。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Profile “%1” cannot be used: %2</source>
        <translation>无法使用账号配置“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in sandbox is not running. Restart CVM Launcher, or choose another profile.</source>
        <translation>内置沙盒未运行。请重新启动 CVM Launcher，或选择其他账号配置。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile “%1” has no SecretId and SecretKey yet. Enter them in Profiles… (toolbar).</source>
        <translation>账号配置“%1”尚未设置 SecretId 和 SecretKey。请在工具栏的“管理账号配置…”中填写。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../ui/dialogs/profilesdialog.cpp" line="+29"/>
        <source>The keys are wrong: %1 Copy both again from the Tencent Cloud console (Access Management → API Keys) and save.</source>
        <translation>密钥有误：%1请从腾讯云控制台（访问管理 → API 密钥管理）重新复制两项并保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Name the new profile, enter its SecretId and SecretKey, and save.</source>
        <translation>为新账号配置命名，填写其 SecretId 和 SecretKey，然后保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Enter the SecretId and SecretKey to use this profile.</source>
        <translation>已保存。填写 SecretId 和 SecretKey 后即可使用此账号配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved, but the keys were not: enter both the SecretId and the SecretKey.</source>
        <translation>已保存，但密钥未保存：请同时填写 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved; the keys in your keychain are unchanged.</source>
        <translation>已保存；密钥环中的密钥未更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>账号配置已保存，但其密钥未保存：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved; the keys are in your keychain.</source>
        <translation>已保存；密钥已存入密钥环。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete profile</source>
        <translation>删除账号配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile “%1” and remove its keys from the keychain? This cannot be undone.</source>
        <translation>删除账号配置“%1”并从密钥环中移除其密钥？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1”未删除：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted “%1” and its keys.</source>
        <translation>已删除“%1”及其密钥。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This protocol version cannot be tested in this build.</source>
        <translation>此版本的程序无法测试该协议版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection to %1…</source>
        <translation>正在测试到%1的连接…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Connected: the keys work and region %1 has %n zone(s).</source>
        <translation>
            <numerusform>已连接：密钥有效，地域%1有%n个可用区。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>RatioHint</name>
    <message>
        <location filename="../ui/widgets/ratiohint.cpp" line="+28"/>
        <source>%1 allows CPU:memory ratios %2.</source>
        <translation>%1允许的 CPU:内存配比为%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 allows CPU:memory ratios %2. Your choice, %n core(s) with %3 GB, is %4:%5.</source>
        <translation>
            <numerusform>%1允许的 CPU:内存配比为%2。您选择的%n核%3 GB，配比为%4:%5。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <location filename="../ui/wizard/requestpreview.cpp" line="+26"/>
        <source>Choose an account: the request preview shows what its protocol would send.</source>
        <translation>请选择账号：请求预览显示该账号所用协议将发送的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be sent: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The launch is sent as %n request(s) of %1 instances, each with its own clientToken; this is the first.</source>
        <translation>
            <numerusform>本次启动分%n次请求发送，实例数分别为%1，每次请求有各自的 clientToken；此处为第一次请求。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The launcher adds a clientToken so that a retry never creates the instances twice.</source>
        <translation>启动器会添加 clientToken，保证重试不会重复创建实例。</translation>
    </message>
</context>
<context>
    <name>RetryingCall</name>
    <message>
        <location filename="../app/api/retryingcall.cpp" line="+142"/>
        <location line="+13"/>
        <source>The network layer is gone.</source>
        <translation>网络层已不存在。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/wizard/reviewpage.cpp" line="+34"/>
        <source>Review and launch</source>
        <translation>确认并启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every choice. Launch creates the instances and starts billing by the hour.</source>
        <translation>请检查每项选择。启动后将创建实例并开始按量计费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of the launch</source>
        <translation>启动摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Enter on a row to change it on its step.</source>
        <translation>在某行按回车键，可到对应步骤修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request preview to the clipboard (no secret is in it).</source>
        <translation>将请求预览复制到剪贴板（其中不含任何密钥）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;tccli command</source>
        <translation>复制为tccli命令(&amp;T)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Summary and request preview</source>
        <translation>摘要和请求预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quest preview</source>
        <translation>请求预览(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the service&apos;s check</source>
        <translation>服务检查结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota:</source>
        <translation>配额：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Copied the tccli command; put in the password where it says &lt;PASSWORD&gt;.</source>
        <translation>已复制tccli命令；请在&lt;PASSWORD&gt;处填入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Launch</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>tccli speaks API 3.0 only; this profile uses API 2.0.</source>
        <translation>tccli仅支持API 3.0，此账号配置使用API 2.0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the request as a tccli command line (the password as a placeholder).</source>
        <translation>将请求复制为tccli命令行（密码以占位符代替）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Error: %n choice(s) must be fixed before launching; the steps marked in the list need attention.</source>
        <translation>
            <numerusform>错误：启动前需修正%n项选择；列表中标记的步骤需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not read: API 2.0 has no quota action; the service checks it when the launch is sent.</source>
        <translation>未读取：API 2.0 没有查询配额的接口；发送启动请求时由服务检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not read yet for this zone; the service checks it when the launch is sent.</source>
        <translation>尚未读取此可用区的配额；发送启动请求时由服务检查。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n instance(s) of %1 left in this zone: enough for this launch.</source>
        <translation>
            <numerusform>此可用区配额剩余%n台（共%1台），足够此次启动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Error: only %n instance(s) of %1 left in this zone, %2 asked for.</source>
        <translation>
            <numerusform>错误：此可用区配额仅剩%n台（共%1台），此次申请%2台。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checked: the service would accept this launch.</source>
        <translation>已检查：服务会接受此次启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: the service&apos;s check did not accept this launch. Review the choices, or launch anyway to see the service&apos;s reason.</source>
        <translation>警告：服务检查未通过此次启动。请检查各项选择，或直接启动以查看服务给出的原因。</translation>
    </message>
</context>
<context>
    <name>SandboxService</name>
    <message>
        <location filename="../app/sandbox/sandboxservice.cpp" line="+66"/>
        <source>Cannot listen on %1:%2: %3.</source>
        <translation>无法在%1:%2上监听：%3。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/credentials/keychainsecretstore.cpp" line="+45"/>
        <source>The keychain refused access (%1). Unlock the keychain, allow CVM Launcher to use it, and try again.</source>
        <translation>密钥环拒绝访问（%1）。请解锁密钥环并允许 CVM Launcher 使用，然后重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain reported an error: %1. Check that the keychain is unlocked and working (for example in Passwords and Keys), then try again.</source>
        <translation>密钥环报告错误：%1。请检查密钥环已解锁且工作正常（例如在“密码和密钥”中），然后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available on this computer (%1). Install and unlock a Secret Service such as GNOME Keyring or KWallet to have keys remembered.</source>
        <translation>本机没有可用的密钥环（%1）。请安装并解锁 GNOME Keyring 或 KWallet 等 Secret Service，以便记住密钥。</translation>
    </message>
</context>
<context>
    <name>SecurityGroupPicker</name>
    <message>
        <location filename="../ui/wizard/securitygrouppicker.cpp" line="+24"/>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search security groups by name</source>
        <translation>按名称搜索安全组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This region has no security group yet.</source>
        <translation>该地域还没有安全组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No security group&apos;s name contains &quot;%1&quot;.</source>
        <translation>没有名称包含“%1”的安全组。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the project&apos;s default group</source>
        <translation>（项目的默认安全组）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No security group chosen.</source>
        <translation>未选择安全组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbound rules of %1:</source>
        <translation>%1的入站规则：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound rules of %1 (not chosen: tick it to use it):</source>
        <translation>%1的入站规则（未选择：勾选后才会使用）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: this group lets the whole internet in.</source>
        <translation>警告：此安全组对整个互联网放通。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the inbound rules of %1…</source>
        <translation>正在加载%1的入站规则…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the rules of %1</source>
        <translation>%1的规则</translation>
    </message>
</context>
<context>
    <name>SecurityGroupPolicies</name>
    <message>
        <location filename="../app/offer/securitygrouppolicies.cpp" line="+33"/>
        <source>all protocols</source>
        <translation>所有协议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow %1 from %2</source>
        <translation>允许来自%2的%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse %1 from %2</source>
        <translation>拒绝来自%2的%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No inbound rule: everything is refused.</source>
        <translation>没有入站规则：所有入站流量均被拒绝。</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <location filename="../app/i18n/sentences.h" line="+24"/>
        <source>%1 %2</source>
        <comment>two sentences of one message, one after the other</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../ui/wizard/servicespage.cpp" line="+22"/>
        <source>Services and project</source>
        <translation>服务与项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agents installed on the instances and the project they belong to.</source>
        <translation>选择实例上安装的服务组件以及实例所属项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the cloud &amp;security agent</source>
        <translation>开通云安全服务(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the cloud &amp;monitor agent</source>
        <translation>开通云监控服务(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default project (0)</source>
        <translation>默认项目（0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s numeric ID from the console; 0 is the default project.</source>
        <translation>控制台中的项目数字 ID；0 为默认项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SpecChecker</name>
    <message>
        <location filename="../app/sandbox/specchecker.cpp" line="+62"/>
        <source>image %1 does not exist; pick one that DescribeImages lists.</source>
        <translation>镜像%1不存在；请选择 DescribeImages 列出的镜像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image %1 is of type %2, not %3; imageType must match the image.</source>
        <translation>镜像%1的类型是%2而不是%3；imageType 必须与镜像一致。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>key pair %1 does not exist; pick one that DescribeKeyPairs lists.</source>
        <translation>密钥对%1不存在；请选择 DescribeKeyPairs 列出的密钥对。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VPC %1 does not exist in region %2; pick one that DescribeVpcEx lists.</source>
        <translation>地域%2中不存在私有网络%1；请选择 DescribeVpcEx 列出的私有网络。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>subnet %1 does not exist in VPC %2; pick one that DescribeSubnetEx lists.</source>
        <translation>私有网络%2中不存在子网%1；请选择 DescribeSubnetEx 列出的子网。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subnet %1 is not in zone %2; an instance must be in its subnet&apos;s zone.</source>
        <translation>子网%1不在可用区%2；实例必须位于其子网所在的可用区。</translation>
    </message>
</context>
<context>
    <name>StatusTracker</name>
    <message numerus="yes">
        <location filename="../app/launch/statustracker.cpp" line="+36"/>
        <source>The service has not listed this instance in %n answer(s) in a row and never has since it was launched: it may have been deleted, or never made. Check the console.</source>
        <translation>
            <numerusform>服务已连续%n次应答未列出此实例，且自创建以来从未列出：它可能已被删除或从未创建。请在控制台查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The service has not listed this instance in %n answer(s) in a row; it was last listed at %1. It may have been returned or deleted outside this app. Check the console.</source>
        <translation>
            <numerusform>服务已连续%n次应答未列出此实例；最后一次列出于%1。它可能已在本应用之外被退还或删除。请在控制台查看。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service no longer lists this instance: it was launched before CVM Launcher last started, and the first answer since then left it out. It may have been returned or deleted outside this app. Check the console.</source>
        <translation>服务已不再列出此实例：它在 CVM Launcher 上次启动之前创建，而启动后的第一次应答中没有它。它可能已在本应用之外被退还或删除。请查看控制台。</translation>
    </message>
    <message numerus="yes">
        <location line="+270"/>
        <source>Instance status could not be refreshed: %1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>无法刷新实例状态：%1将在%n秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../ui/wizard/steplist.cpp" line="+16"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+17"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+22"/>
        <source>   ⚠ needs attention (%n error(s))</source>
        <translation>
            <numerusform>   ⚠ 需要处理（%n个错误）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current step: %1</source>
        <translation>当前步骤：%1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../ui/wizard/storagepage.cpp" line="+38"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Choose the data disk and the system disk size.</source>
        <translation>选择数据盘和系统盘大小。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Disk type</source>
        <translation>硬盘类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data disk size in GB</source>
        <translation>数据盘大小（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+55"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No data disk</source>
        <translation>不要数据盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>System disk size in GB</source>
        <translation>系统盘大小（GB）</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Disk &amp;type:</source>
        <translation>硬盘类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data disk size:</source>
        <translation>数据盘大小(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ystem disk size:</source>
        <translation>系统盘大小(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the disk types on sale</source>
        <translation>可购买的云硬盘类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System disk type</source>
        <translation>系统盘类型</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add data disk</source>
        <translation>添加数据盘(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System disk &amp;type:</source>
        <translation>系统盘类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System disk si&amp;ze:</source>
        <translation>系统盘大小(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the system disk and the data disks this instance type can have in this zone.</source>
        <translation>选择该可用区中此机型可用的系统盘和数据盘。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — not available for %2</source>
        <translation>%1（%2不可用）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>0 for none, or %1 to %2 GB in steps of %3 GB.</source>
        <translation>0 表示不要，或%1到%2 GB，步长%3 GB。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose an image first: the system disk rule depends on its operating system.</source>
        <translation>请先选择镜像：系统盘规则取决于其操作系统。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image&apos;s system disk is fixed at %1 GB.</source>
        <translation>此镜像的系统盘固定为%1 GB。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 GB in steps of %3 GB; %4 GB is free.</source>
        <translation>%1到%2 GB，步长%3 GB；免费%4 GB。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a zone with an API 3.0 name first: the disks on sale depend on it.</source>
        <translation>请先选择有 API 3.0 名称的可用区：可购买的云硬盘取决于可用区。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service sells no system disk for %1 in %2 today. Choose a current instance type on the Instance step.</source>
        <translation>服务当前在%2不为%1提供系统盘。请在“实例”步骤选择在售的机型。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Disks on sale for %1 with %n core(s) and %2 GB in %3.</source>
        <translation>
            <numerusform>%3在售、适用于%1（%n核%2 GB）的云硬盘。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disks on sale for %1 in %2.</source>
        <translation>%2在售、适用于%1的云硬盘。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As listed by cbs DescribeDiskConfigQuota.</source>
        <translation>来自 cbs DescribeDiskConfigQuota 的列表。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not on sale for this instance type in this zone, so the system disk is now %2.</source>
        <translation>该可用区的此机型不可购买%1，系统盘已改为%2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 GB unless you choose another size.</source>
        <translation>未另选大小时为%1 GB。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>none: the instance gets only its system disk</source>
        <translation>无：实例只有系统盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of at most %2</source>
        <translation>%1块，最多%2块</translation>
    </message>
</context>
<context>
    <name>Tc3Verifier</name>
    <message>
        <location filename="../app/sandbox/v3/tc3verifier.cpp" line="+117"/>
        <source>The Authorization header is missing or is not in the TC3-HMAC-SHA256 form. Sign the request with TC3-HMAC-SHA256.</source>
        <translation>缺少 Authorization 头，或其格式不是 TC3-HMAC-SHA256。请使用 TC3-HMAC-SHA256 为请求签名。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The signed header &quot;%1&quot; is not in the request. Sign only headers that are sent.</source>
        <translation>请求中没有已签名的头部 &quot;%1&quot;。请只对实际发送的头部签名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SignedHeaders must include content-type and host.</source>
        <translation>SignedHeaders 必须包含 content-type 和 host。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>X-TC-Timestamp is missing or is not a Unix time in seconds.</source>
        <translation>X-TC-Timestamp 缺失，或不是以秒为单位的 Unix 时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request&apos;s timestamp is more than 5 minutes from the server&apos;s clock. Set this computer&apos;s clock right and send the request again.</source>
        <translation>请求的时间戳与服务器时钟相差超过 5 分钟。请校准本机时钟后重新发送请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date in the Credential is not the UTC date of X-TC-Timestamp.</source>
        <translation>Credential 中的日期不是 X-TC-Timestamp 对应的 UTC 日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SecretId is not known. Check the SecretId in the profile.</source>
        <translation>SecretId 未知。请检查账号配置中的 SecretId。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signature does not match. Check the SecretKey, and sign exactly the body and headers that are sent.</source>
        <translation>签名不匹配。请检查 SecretKey，并确保签名的正文和头部与实际发送的完全一致。</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../app/api/transport.cpp" line="+25"/>
        <source>The address &quot;%1&quot; is not a valid URL; check the endpoint of this profile.</source>
        <translation>地址 &quot;%1&quot; 不是有效的 URL；请检查此账号配置的接入点。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation>明文 http 仅允许用于本机（环回地址）；请对%1使用 https。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scheme &quot;%1&quot; is not supported; use https.</source>
        <translation>不支持协议 &quot;%1&quot;；请使用 https。</translation>
    </message>
</context>
<context>
    <name>V2BandwidthActions</name>
    <message>
        <location filename="../app/sandbox/v2/v2bandwidthactions.cpp" line="+33"/>
        <source>The request is missing the parameter bandwidth.</source>
        <translation>请求缺少参数 bandwidth。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid parameter bandwidth: expected a whole number of Mbps.</source>
        <translation>参数 bandwidth 无效：应为以 Mbps 为单位的整数。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid parameter bandwidth: %1 is not from %2 to %3 Mbps.</source>
        <translation>参数 bandwidth 无效：%1不在%2～%3Mbps之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 was not found in this account; check the id with DescribeInstances.</source>
        <translation>此账号中未找到实例%1，请用 DescribeInstances 核对 ID。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bandwidth of instance %1 cannot be changed now: only a running instance&apos;s can. Wait until it is running.</source>
        <translation>实例%1的带宽现在不能调整：只能调整运行中实例的带宽。请等待其运行。</translation>
    </message>
</context>
<context>
    <name>V2CloudApi</name>
    <message>
        <location filename="../app/api/v2/v2cloudapi.cpp" line="+102"/>
        <source>Plus the common parameters (time stamp, nonce, your SecretId and the signature), added when the request is signed and never shown here.</source>
        <translation>另有公共参数（时间戳、随机数、您的 SecretId 和签名），在签名时添加，从不在此显示。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API 2.0 has no dry run; the launch can only be checked by the app&apos;s own validation.</source>
        <translation>API 2.0 不支持预检（dry run）；只能由程序自身的校验来检查此次启动。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>API 2.0, the seed&apos;s protocol, has no %1: on API 2.0 the built-in catalog says what can be launched. Use an API 3.0 account to see what is sold today.</source>
        <translation>API 2.0 没有%1：在 API 2.0 下由内置目录决定可创建的配置。请使用 API 3.0 账号查看当前在售的配置。</translation>
    </message>
</context>
<context>
    <name>V2CvmActions</name>
    <message>
        <location filename="../app/sandbox/v2/v2cvmactions.cpp" line="+78"/>
        <source>Purchase failed: instance quota exceeded. The account has %1 pay-by-hour instances and may have at most %2; %3 more were asked for. Return instances you no longer need or ask for a higher quota.</source>
        <translation>购买失败：超出实例配额。账号已有%1台按量计费实例，最多允许%2台；本次又申请了%3台。请退还不再需要的实例，或申请提高配额。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Invalid parameter instanceIds: at most 100 ids per request.</source>
        <translation>参数 instanceIds 无效：每个请求最多 100 个 ID。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Instance %1 was not found in this account; check the id with DescribeInstances.</source>
        <translation>此账号中未找到实例%1；请用 DescribeInstances 核对 ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance %1 cannot be returned now: only running instances and instances whose creation failed can be returned. Wait until it is running, or until the return in progress completes.</source>
        <translation>实例%1目前无法退还：只有运行中和创建已失败的实例可以退还。请等待其进入运行中，或等待正在进行的退还完成。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid parameter %1: %2</source>
        <translation>参数%1无效：%2</translation>
    </message>
</context>
<context>
    <name>V2Params</name>
    <message>
        <location filename="../app/sandbox/v2/v2params.cpp" line="+87"/>
        <source>Invalid parameter %1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>参数%1无效：&quot;%2&quot; 不是%3到%4之间的整数。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid parameter %1: &quot;%2&quot; is not a positive whole number.</source>
        <translation>参数%1无效：&quot;%2&quot; 不是正整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Missing required parameter %1.</source>
        <translation>缺少必填参数%1。</translation>
    </message>
</context>
<context>
    <name>V2Parser</name>
    <message>
        <location filename="../app/api/v2/v2parser.cpp" line="+42"/>
        <source>The answer is larger than %1 MiB.</source>
        <translation>应答大于%1 MiB。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>HTTP status %1 with a success code.</source>
        <translation>HTTP 状态码为%1，但返回码表示成功。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot;不是日期时间</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no instance id in a successful answer</source>
        <translation>成功的应答中没有实例 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an empty instance id</source>
        <translation>实例 ID 为空</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected an object or an array, found %1</source>
        <translation>应为对象或数组，实际为%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is less than the %2 instances listed</source>
        <translation>%1小于列出的%2台实例</translation>
    </message>
</context>
<context>
    <name>V2Protocol</name>
    <message>
        <location filename="../app/sandbox/v2/v2protocol.cpp" line="+68"/>
        <source>The SecretId %1 does not exist. Check the API key of this profile (the sandbox accepts only its own keys).</source>
        <translation>SecretId %1不存在。请检查此账号配置的 API 密钥（沙盒只接受它自己的密钥）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authentication failed: the signature does not match. Sign METHOD + host + path + &apos;?&apos; + the sorted raw parameters with the SecretKey of this SecretId, and URL-encode the values only once.</source>
        <translation>鉴权失败：签名不匹配。请用此 SecretId 对应的 SecretKey 对 METHOD + host + path + &apos;?&apos; + 排序后的原始参数签名，并且参数值只做一次 URL 编码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request&apos;s Timestamp %1 is more than 2 hours away from the server time %2; correct the computer&apos;s clock.</source>
        <translation>请求的 Timestamp %1与服务器时间%2相差超过 2 小时；请校准本机时钟。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Nonce %1 was already used within the last 2 hours: this looks like a replayed request. Use a fresh random Nonce.</source>
        <translation>Nonce %1在最近 2 小时内已被使用：这看起来是重放请求。请使用新的随机 Nonce。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action not found: the Action parameter &quot;%1&quot; is not an API 2.0 action of this service.</source>
        <translation>未找到操作：Action 参数 &quot;%1&quot; 不是此服务的 API 2.0 操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request rate limit exceeded: at most %1 %2 requests per second per SecretId. Wait a moment and send it again.</source>
        <translation>请求频率超过限制：每个 SecretId 每秒最多发送%1次%2请求。请稍候再发送。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid parameter Region: &quot;%1&quot; is not a region of this service (e.g. ap-guangzhou, ap-shanghai).</source>
        <translation>参数 Region 无效：&quot;%1&quot; 不是此服务的地域（例如 ap-guangzhou、ap-shanghai）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 while handling %2 (a sandbox fault rule).</source>
        <translation>处理%2时出现%1（沙盒故障规则）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request rate limit exceeded while handling %1; wait a moment and send it again.</source>
        <translation>处理%1时请求频率超过限制，请稍候再发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is temporarily unavailable (maintenance) while handling %1; try again later.</source>
        <translation>处理%1时服务暂时不可用（维护中）；请稍后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal error while handling %1; try again later.</source>
        <translation>处理%1时发生内部错误；请稍后再试。</translation>
    </message>
</context>
<context>
    <name>V2Requests</name>
    <message>
        <location filename="../app/api/v2/v2requests.cpp" line="+60"/>
        <source>The launch has no clientToken, so a retry could create the instances twice; it was not sent.</source>
        <translation>此次启动没有 clientToken，重试可能会重复创建实例；因此未发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clientToken is longer than 64 characters; it was not sent.</source>
        <translation>clientToken 超过 64 个字符；因此未发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One RunInstancesHour request launches at most %1 instances; %2 were asked for. The launcher sends larger launches as several requests.</source>
        <translation>一次 RunInstancesHour 请求最多创建%1台实例，但请求了%2台。更多实例由启动器分多次请求发送。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API 2.0 takes one data disk (storageType and storageSize), not a list of data disks; use an API 3.0 profile for this launch.</source>
        <translation>API 2.0 只支持一块数据盘（storageType 和 storageSize），不支持数据盘列表；请使用 API 3.0 配置文件进行此次启动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API 2.0 cannot attach security groups; use an API 3.0 profile for this launch.</source>
        <translation>API 2.0 无法绑定安全组；请使用 API 3.0 配置文件进行此次启动。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At most %1 instance ids fit in one DescribeInstances request; %2 were given.</source>
        <translation>一个 DescribeInstances 请求最多容纳%1个实例 ID；实际给出了%2个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DescribeInstances needs offset &gt;= 0 and a limit from 1 to %1.</source>
        <translation>DescribeInstances 要求 offset &gt;= 0，limit 在 1 到%1之间。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DescribeImages needs an image type from 1 to 4; %1 was given.</source>
        <translation>DescribeImages 要求镜像类型为 1 到 4；实际给出了%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DescribeImages needs offset &gt;= 0 and a limit from 1 to %1.</source>
        <translation>DescribeImages 要求 offset &gt;= 0，limit 在 1 到%1之间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DescribeKeyPairs needs offset &gt;= 0 and a limit from 1 to %1.</source>
        <translation>DescribeKeyPairs 要求 offset &gt;= 0，limit 在 1 到%1之间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>DescribeVpcEx needs offset &gt;= 0 and a limit from 1 to %1.</source>
        <translation>DescribeVpcEx 需要 offset &gt;= 0，limit 为 1 至%1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DescribeSubnetEx needs offset &gt;= 0 and a limit from 1 to %1.</source>
        <translation>DescribeSubnetEx 需要 offset &gt;= 0，limit 为 1 至%1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ReturnInstance needs an instance id.</source>
        <translation>ReturnInstance 需要实例 ID。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>UpdateInstanceBandwidthHour needs an instance id.</source>
        <translation>UpdateInstanceBandwidthHour 需要实例 ID。</translation>
    </message>
</context>
<context>
    <name>V2ResourceActions</name>
    <message>
        <location filename="../app/sandbox/v2/v2resourceactions.cpp" line="+78"/>
        <source>Invalid parameter zoneId: zone %1 is not in region %2.</source>
        <translation>参数 zoneId 无效：可用区%1不在地域%2中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invalid parameter imageIds: at most 10 ids per request.</source>
        <translation>参数 imageIds 无效：每个请求最多 10 个 ID。</translation>
    </message>
</context>
<context>
    <name>V3BandwidthActions</name>
    <message>
        <location filename="../app/sandbox/v3/v3bandwidthactions.cpp" line="+43"/>
        <source>The request is missing the parameter InstanceIds.</source>
        <translation>请求缺少参数 InstanceIds。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid parameter InstanceIds: the bandwidth of BANDWIDTH_POSTPAID_BY_HOUR instances is changed one instance at a time.</source>
        <translation>参数 InstanceIds 无效：BANDWIDTH_POSTPAID_BY_HOUR 实例的带宽每次只能调整一个实例。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid parameter StartTime/EndTime: they apply to monthly (BANDWIDTH_PREPAID) bandwidth only.</source>
        <translation>参数 StartTime/EndTime 无效：仅适用于包年包月（BANDWIDTH_PREPAID）带宽。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request is missing the parameter InternetAccessible.InternetMaxBandwidthOut.</source>
        <translation>请求缺少参数 InternetAccessible.InternetMaxBandwidthOut。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid parameter InternetAccessible.InternetMaxBandwidthOut: expected a whole number of Mbps.</source>
        <translation>参数 InternetAccessible.InternetMaxBandwidthOut 无效：应为以 Mbps 为单位的整数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invalid parameter InternetAccessible.InternetMaxBandwidthOut: %1 is not from %2 to %3 Mbps.</source>
        <translation>参数 InternetAccessible.InternetMaxBandwidthOut 无效：%1不在%2～%3Mbps之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance %1 was not found in this account; check the id with DescribeInstances.</source>
        <translation>此账号中未找到实例%1，请用 DescribeInstances 核对 ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 is still being created (PENDING); change its bandwidth once it is running.</source>
        <translation>实例%1仍在创建中（PENDING），请在其运行后调整带宽。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 is being terminated; its bandwidth cannot change.</source>
        <translation>实例%1正在销毁，带宽不能调整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1 failed to launch (LAUNCH_FAILED); it has no bandwidth to change.</source>
        <translation>实例%1创建失败（LAUNCH_FAILED），没有可调整的带宽。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bandwidth cannot be changed.</source>
        <translation>带宽不能调整。</translation>
    </message>
</context>
<context>
    <name>V3CatalogActions</name>
    <message>
        <location filename="../app/sandbox/v3/v3catalogactions.cpp" line="+31"/>
        <source>Invalid parameter Filters: give at most 10 filters, as a list.</source>
        <translation>参数 Filters 无效：请以列表形式提供，最多10个过滤条件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid filter &quot;%1&quot;: this action filters by %2.</source>
        <translation>过滤条件“%1”无效：此接口支持的过滤条件为%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid filter &quot;%1&quot;: Values must be a list of at most 100 strings.</source>
        <translation>过滤条件“%1”无效：Values 必须是最多100个字符串的列表。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The zone &quot;%1&quot; is not a zone of the region %2; DescribeZones lists them.</source>
        <translation>“%1”不是地域%2的可用区；DescribeZones 会列出该地域的可用区。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Invalid filter quota-type: &quot;%1&quot; is not one of %2.</source>
        <translation>过滤条件 quota-type 无效：“%1”不是%2之一。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The parameter InquiryType is missing: send INQUIRY_CBS_CONFIG or INQUIRY_CVM_CONFIG.</source>
        <translation>缺少参数 InquiryType：请传入 INQUIRY_CBS_CONFIG 或 INQUIRY_CVM_CONFIG。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid parameter InquiryType: &quot;%1&quot; is neither INQUIRY_CBS_CONFIG nor INQUIRY_CVM_CONFIG.</source>
        <translation>参数 InquiryType 无效：“%1”既不是 INQUIRY_CBS_CONFIG，也不是 INQUIRY_CVM_CONFIG。</translation>
    </message>
</context>
<context>
    <name>V3CloudApi</name>
    <message>
        <location filename="../app/api/v3/v3cloudapi.cpp" line="+123"/>
        <source>The launch has no client token, so a retry could create the instances twice. This is a bug in the app; please report it.</source>
        <translation>此次启动没有 client token，重试可能会重复创建实例。这是程序的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One RunInstances request launches at most %1 instances; %2 were asked for. The launcher sends larger launches as several requests.</source>
        <translation>一次 RunInstances 请求最多创建%1台实例，但请求了%2台。更多实例由启动器分多次请求发送。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One RunInstances request launches at most %1 instances; %2 were asked for.</source>
        <translation>一次 RunInstances 请求最多创建%1台实例，但请求了%2台。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plus the signature headers (Authorization, with your SecretId, and X-TC-Timestamp), added when the request is signed and never shown here.</source>
        <translation>另有签名请求头（含您 SecretId 的 Authorization 和 X-TC-Timestamp），在签名时添加，从不在此显示。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>At most %1 instances can be described at once; %2 were asked for.</source>
        <translation>一次最多可查询%1台实例；实际请求了%2台。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page (offset %1, limit %2) is out of range: the offset must not be negative and the limit must be 1 to %3.</source>
        <translation>分页（offset %1，limit %2）超出范围：offset 不能为负数，limit 必须在 1 到%3之间。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No instance was named to return.</source>
        <translation>未指定要退还的实例。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No instance was named to change the bandwidth of.</source>
        <translation>没有指定要调整带宽的实例。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No instance was named to price the bandwidth of.</source>
        <translation>没有指定要询价带宽的实例。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a zone before asking which instance types it sells.</source>
        <translation>请先选择可用区，再查询其在售机型。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a zone before asking which disks it offers.</source>
        <translation>请先选择可用区，再查询其可用的云硬盘。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No security group was named.</source>
        <translation>未指定安全组。</translation>
    </message>
</context>
<context>
    <name>V3CvmActions</name>
    <message>
        <location filename="../app/sandbox/v3/v3cvmactions.cpp" line="+83"/>
        <source>Invalid parameter %1: %2</source>
        <translation>参数%1无效：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Purchase failed: instance quota exceeded in %1. The account has %2 pay-by-hour instances there and may have at most %3; %4 more were asked for. Return instances you no longer need, launch in another zone, or ask for a higher quota.</source>
        <translation>购买失败：可用区%1的实例配额不足。该账号在此已有%2台按量计费实例，最多可有%3台；本次申请%4台。请退还不再需要的实例、改在其他可用区创建，或申请提高配额。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SystemDisk.DiskType %1 is not sold with the instance family %2 in the zone %3. Ask DescribeDiskConfigQuota for the types on sale.</source>
        <translation>可用区%3的实例机型族%2不售卖 SystemDisk.DiskType %1。请调用 DescribeDiskConfigQuota 查询在售类型。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The security group %1 does not exist in %2. Ask DescribeSecurityGroups for this region&apos;s groups.</source>
        <translation>安全组%1在%2中不存在。请调用 DescribeSecurityGroups 查询该地域的安全组。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Purchase failed: instance quota exceeded. The account has %1 pay-by-hour instances and may have at most %2; %3 more were asked for. Return instances you no longer need or ask for a higher quota.</source>
        <translation>购买失败：超出实例配额。该账号已有%1台按量计费实例，最多可有%2台；本次又申请了%3台。请退还不再需要的实例，或申请提高配额。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request would have succeeded; DryRun is set, so nothing was created.</source>
        <translation>请求本会成功；由于设置了 DryRun，未创建任何实例。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invalid parameter InstanceIds: at most 100 ids per request.</source>
        <translation>参数 InstanceIds 无效：每次请求最多 100 个 ID。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid parameter InstanceIds: give from 1 to 100 ids.</source>
        <translation>参数 InstanceIds 无效：请提供 1 到 100 个 ID。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instance %1 was not found in this account; check the id with DescribeInstances.</source>
        <translation>在此账号中找不到实例%1；请用 DescribeInstances 核对 ID。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instance %1 cannot be terminated now: only running instances and instances whose creation failed can be. Wait until it is running, or until the termination in progress completes.</source>
        <translation>实例%1现在无法退还：只有运行中或创建已失败的实例可以退还。请等它进入运行中，或等正在进行的退还完成。</translation>
    </message>
</context>
<context>
    <name>V3LaunchNames</name>
    <message>
        <location filename="../app/api/v3/v3launchnames.cpp" line="+26"/>
        <source>Zone %1 has no API 3.0 name. Choose another zone, or use API 2.0 for this launch.</source>
        <translation>可用区%1没有对应的 API 3.0 名称。请选择其他可用区，或此次启动使用 API 2.0。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 core and %1 GB</source>
        <translation>1核%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cores and %2 GB</source>
        <translation>%1核%2 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2 has no API 3.0 instance type. Choose another CPU and memory combination.</source>
        <translation>%1（%2）没有对应的 API 3.0 机型，请选择其他 CPU 与内存组合。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system disk has no type. Choose one on the Storage step.</source>
        <translation>系统盘未指定类型。请在“存储”步骤中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data disk %1 has no type. Choose one on the Storage step.</source>
        <translation>数据盘%1未指定类型。请在“存储”步骤中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An instance takes at most %1 data disks; %2 were chosen.</source>
        <translation>每个实例最多挂载%1块数据盘；当前选择了%2块。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bandwidth billing &quot;%1&quot; has no API 3.0 name. Choose billing by hour or by traffic.</source>
        <translation>带宽计费方式 &quot;%1&quot; 没有对应的 API 3.0 名称。请选择按带宽计费或按流量计费。</translation>
    </message>
</context>
<context>
    <name>V3Params</name>
    <message>
        <location filename="../app/sandbox/v3/v3params.cpp" line="+26"/>
        <source>Invalid parameter %1: expected a whole number from %2 to %3.</source>
        <translation>参数%1无效：应为%2到%3之间的整数。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid parameter Limit: %1 is over the maximum of %2 per request; page with Offset.</source>
        <translation>参数 Limit 无效：%1超过每次请求的上限%2；请用 Offset 分页。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invalid parameter %1: expected a list of strings.</source>
        <translation>参数%1无效：应为字符串列表。</translation>
    </message>
</context>
<context>
    <name>V3Protocol</name>
    <message>
        <location filename="../app/sandbox/v3/v3protocol.cpp" line="+48"/>
        <source>The request has no X-TC-Action header; send API 3.0 requests as POST / with the X-TC-* headers, signed with TC3-HMAC-SHA256.</source>
        <translation>请求缺少 X-TC-Action 头部；API 3.0 请求须以 POST / 发送，带上 X-TC-* 头部，并使用 TC3-HMAC-SHA256 签名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request is %1 bytes; requests signed with HmacSHA1 or HmacSHA256 take at most %2 bytes (%3). Sign it with TC3-HMAC-SHA256, which takes POST bodies up to 10 MB.</source>
        <translation>请求大小为%1字节；使用 HmacSHA1 或 HmacSHA256 签名的请求最多%2字节（%3）。请改用 TC3-HMAC-SHA256 签名，其 POST 请求体最大可达 10 MB。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sandbox checks only TC3-HMAC-SHA256 signatures on API 3.0; sign the request with TC3-HMAC-SHA256 (X-TC-* headers and an Authorization header), or send API 2.0 requests to %1.</source>
        <translation>沙盒的 API 3.0 只校验 TC3-HMAC-SHA256 签名；请使用 TC3-HMAC-SHA256 签名（X-TC-* 头部和 Authorization 头部），或将 API 2.0 请求发送到%1。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The X-TC-Version header is missing; send the API version, e.g. 2017-03-12.</source>
        <translation>缺少 X-TC-Version 请求头；请发送 API 版本，例如 2017-03-12。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The action %1 is not an API 3.0 action of the service %2.</source>
        <translation>%1不是服务%2的 API 3.0 接口。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request rate limit exceeded: at most %1 %2 requests per second per SecretId. Wait a moment and send it again.</source>
        <translation>请求频率超过限制：每个 SecretId 每秒最多发送%1次%2请求。请稍候再发送。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid parameter Region: &quot;%1&quot; is not a region of this service (e.g. ap-guangzhou, ap-shanghai).</source>
        <translation>参数 Region 无效：“%1”不是此服务的地域（例如 ap-guangzhou、ap-shanghai）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request body is not a JSON object; send the action&apos;s parameters as one JSON object.</source>
        <translation>请求体不是 JSON 对象；请将接口参数作为一个 JSON 对象发送。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>%1 while handling %2 (a sandbox fault rule).</source>
        <translation>处理%2时出现%1（沙盒故障规则）。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Request rate limit exceeded while handling %1; wait a moment and send it again.</source>
        <translation>处理%1时请求频率超过限制，请稍候再发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is temporarily unavailable (maintenance) while handling %1; try again later.</source>
        <translation>处理%1时服务暂时不可用（维护中）；请稍后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal error while handling %1; try again later.</source>
        <translation>处理%1时发生内部错误；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>V3ResourceActions</name>
    <message>
        <location filename="../app/sandbox/v3/v3resourceactions.cpp" line="+127"/>
        <source>Invalid filter image-type: &quot;%1&quot; is not an image type (PUBLIC_IMAGE, PRIVATE_IMAGE, SHARED_IMAGE, MARKET_IMAGE).</source>
        <translation>过滤条件 image-type 无效：“%1”不是镜像类型（PUBLIC_IMAGE、PRIVATE_IMAGE、SHARED_IMAGE、MARKET_IMAGE）。</translation>
    </message>
</context>
<context>
    <name>V3ResponseParser</name>
    <message>
        <location filename="../app/api/v3/v3responseparser.cpp" line="+112"/>
        <source>The answer is larger than %1 MiB.</source>
        <translation>应答大于%1 MiB。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer has no Response object.</source>
        <translation>应答中没有 Response 对象。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Response.Error.Code is empty</source>
        <translation>Response.Error.Code 为空</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Response.InstanceIdSet is empty: no instance was named.</source>
        <translation>Response.InstanceIdSet 为空：未返回任何实例。</translation>
    </message>
</context>
<context>
    <name>V3SecurityGroupActions</name>
    <message>
        <location filename="../app/sandbox/v3/v3securitygroupactions.cpp" line="+44"/>
        <source>Invalid parameter SecurityGroupIds: at most 100 ids per request.</source>
        <translation>参数 SecurityGroupIds 无效：每次请求最多100个ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecurityGroupIds and Filters cannot be given together; send one of them.</source>
        <translation>SecurityGroupIds 和 Filters 不能同时指定，请只传入其中之一。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid filter &quot;%1&quot;: DescribeSecurityGroups filters by %2.</source>
        <translation>过滤条件“%1”无效：DescribeSecurityGroups 支持的过滤条件为%2。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The parameter SecurityGroupId is missing; DescribeSecurityGroups lists the ids.</source>
        <translation>缺少参数 SecurityGroupId；DescribeSecurityGroups 会列出安全组ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The security group %1 does not exist in the region %2; DescribeSecurityGroups lists the ids.</source>
        <translation>地域%2中不存在安全组%1；DescribeSecurityGroups 会列出安全组ID。</translation>
    </message>
</context>
<context>
    <name>V3SpecReader</name>
    <message>
        <location filename="../app/sandbox/v3/v3specreader.cpp" line="+48"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid parameter %1: expected %2.</source>
        <translation>参数%1无效：应为%2。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Invalid parameter %1: &quot;%2&quot; is not a value this service knows.</source>
        <translation>参数%1无效：此服务不认识“%2”这个值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid parameter InstanceChargeType: the sandbox sells only POSTPAID_BY_HOUR instances, not %1.</source>
        <translation>参数 InstanceChargeType 无效：沙盒只提供 POSTPAID_BY_HOUR（按量计费）实例，不提供%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Missing required parameter %1: the zone to launch in, e.g. ap-guangzhou-3.</source>
        <translation>缺少必填参数%1：创建实例的可用区，例如 ap-guangzhou-3。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Invalid parameter DataDisks: at most %1 data disks per instance, %2 were sent.</source>
        <translation>参数 DataDisks 无效：每个实例最多%1块数据盘，实际传入%2块。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid parameter %1: expected an object.</source>
        <translation>参数%1无效：应为对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing parameter %1.DiskType: without it the service takes LOCAL_BASIC, which this instance type does not take. Name the disk&apos;s type.</source>
        <translation>缺少参数%1.DiskType：不指定时服务按 LOCAL_BASIC 处理，而该机型不支持。请指定磁盘类型。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing parameter %1.DiskSize: the data disk&apos;s size in GiB.</source>
        <translation>缺少参数%1.DiskSize：数据盘大小，单位 GiB。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid parameter SecurityGroupIds: expected a list of security group ids (sg-xxxxxxxx).</source>
        <translation>参数 SecurityGroupIds 无效：应为安全组 ID 列表（sg-xxxxxxxx）。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Invalid parameter LoginSettings.KeyIds: the sandbox takes at most one key.</source>
        <translation>参数 LoginSettings.KeyIds 无效：沙盒最多接受一个密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid parameter LoginSettings.KeyIds: expected a list of key ids.</source>
        <translation>参数 LoginSettings.KeyIds 无效：应为密钥 ID 列表。</translation>
    </message>
</context>
<context>
    <name>V3World</name>
    <message>
        <location filename="../app/sandbox/v3/v3world.cpp" line="+21"/>
        <source>Cannot read the sandbox&apos;s API 3.0 world (:/sandbox/v3world.json).</source>
        <translation>无法读取沙盒的 API 3.0 世界数据（:/sandbox/v3world.json）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The instance type `%1` is sold out in the zone `%2` (%3). Choose another type or zone; DescribeZoneInstanceConfigInfos shows which are for sale.</source>
        <translation>机型 `%1` 在可用区 `%2` 已售罄（%3）。请选择其他机型或可用区；DescribeZoneInstanceConfigInfos 会列出在售的机型。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This instance type `%1` is not available in the current zone `%2`.</source>
        <translation>机型 `%1` 在当前可用区 `%2` 不可售卖。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance type `%1` does not exist; DescribeZoneInstanceConfigInfos lists the types of each zone.</source>
        <translation>机型 `%1` 不存在；DescribeZoneInstanceConfigInfos 会列出各可用区的机型。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The data disk type %1 is not sold with the instance family %2 in the zone %3 (an omitted DiskType means LOCAL_BASIC). Ask DescribeDiskConfigQuota for the types on sale.</source>
        <translation>可用区%3的机型族%2不支持%1类型的数据盘（未指定 DiskType 时即为 LOCAL_BASIC）。请通过 DescribeDiskConfigQuota 查询在售的云硬盘类型。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CLOUD_SSD data disk must be at least %1 GB.</source>
        <translation>SSD云硬盘为数据盘时，购买大小不得小于%1GB。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value `%1` specified in the parameter `DataDisks.DiskSize` is not valid: %2 data disks are %3 to %4 GiB in steps of %5.</source>
        <translation>参数 `DataDisks.DiskSize` 的取值 `%1` 无效：%2数据盘的大小为%3至%4 GiB，步长%5。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The subnet %1 is in the zone %2, not in %3: an instance must be in its subnet&apos;s zone.</source>
        <translation>子网%1位于可用区%2，而不是%3：实例必须与其子网位于同一可用区。</translation>
    </message>
</context>
<context>
    <name>V3WorldCatalog</name>
    <message>
        <location filename="../app/sandbox/v3/v3worldcatalog.cpp" line="+33"/>
        <source>Cannot read the built-in catalog file %1.</source>
        <translation>无法读取内置目录文件%1。</translation>
    </message>
</context>
<context>
    <name>V3WorldReader</name>
    <message>
        <location filename="../app/sandbox/v3/v3worldreader.cpp" line="+31"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>expected a whole number of at least %1</source>
        <translation>应为不小于%1的整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number, 0 or more</source>
        <translation>应为不小于0的数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>max is below min</source>
        <translation>max 小于 min</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected TCP, UDP, ICMP, ICMPv6 or ALL</source>
        <translation>应为 TCP、UDP、ICMP、ICMPv6 或 ALL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected ACCEPT or DROP</source>
        <translation>应为 ACCEPT 或 DROP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected format &quot;%1&quot;, version %2</source>
        <translation>应为格式“%1”，版本%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disk type %1 appears twice</source>
        <translation>云硬盘类型%1出现了两次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>family %1 appears twice</source>
        <translation>机型族%1出现了两次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown disk type %1</source>
        <translation>未知的云硬盘类型%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown zone %1</source>
        <translation>未知的可用区%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a new type of family %2</source>
        <translation>%1不是机型族%2中的新机型</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected SELL or SOLD_OUT</source>
        <translation>应为 SELL 或 SOLD_OUT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not sold in %2</source>
        <translation>%1未在%2售卖</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown region %1</source>
        <translation>未知的地域%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security group %1 appears twice</source>
        <translation>安全组%1出现了两次</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../app/validation/rulehelpers.h" line="+40"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 core</source>
        <translation>1核</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>%1 cores</source>
        <translation>%1核</translation>
    </message>
    <message>
        <location filename="../app/validation/hardwarerules.cpp" line="+20"/>
        <source>Choose an availability zone.</source>
        <translation>请选择可用区。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zone %1 does not exist. Choose a zone from the list.</source>
        <translation>可用区%1不存在。请从列表中选择可用区。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not in region %2. Choose a zone of %2.</source>
        <translation>%1不在地域%2中。请选择%2的可用区。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not an instance type. Choose one of %2.</source>
        <translation>%1不是实例类型。请从%2中选择。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not sold in %2. Choose another type (%3) or another zone.</source>
        <translation>%2不售卖%1。请选择其他机型（%3）或其他可用区。</translation>
    </message>
    <message>
        <location filename="../app/validation/offerrules.cpp" line="+88"/>
        <location filename="../app/validation/hardwarerules.cpp" line="+17"/>
        <source>Choose the number of CPU cores.</source>
        <translation>请选择 CPU 核数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/validation/hardwarerules.cpp" line="+2"/>
        <source>Choose the memory size.</source>
        <translation>请选择内存大小。</translation>
    </message>
    <message>
        <location filename="../app/validation/hardwarerules.cpp" line="+24"/>
        <source>%1 allows %2 — for %3 pick %4.</source>
        <translation>%1可选%2，%3请选%4。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Disk type %1 does not exist. Choose %2.</source>
        <translation>硬盘类型%1不存在。请选择%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not take %2 disks. Choose %3.</source>
        <translation>%1不支持%2。请选择%3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data disk size cannot be negative. Use 0 for no data disk.</source>
        <translation>数据盘大小不能为负数。填 0 表示不要数据盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>No data disk</source>
        <translation>不要数据盘</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 has no size with %2. Choose %3.</source>
        <translation>%1没有%2的规格，请选择%3。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 data disks grow in steps of %2 GB: choose %3.</source>
        <translation>%1数据盘以%2 GB为步长：请选择%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 data disks are %2 to %3 GB (0 for no data disk).</source>
        <translation>%1数据盘为%2到%3 GB（0 表示不要数据盘）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linux/BSD images take a system disk of %1 to %2 GB in steps of %3 GB</source>
        <translation>Linux/BSD 镜像的系统盘为%1到%2 GB，步长%3 GB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows images have a fixed %1 GB system disk</source>
        <translation>Windows 镜像的系统盘固定为%1 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows images take a system disk of %1 to %2 GB</source>
        <translation>Windows 镜像的系统盘为%1到%2 GB</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Default size</source>
        <translation>默认大小</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No image takes a %1 GB system disk: %2; %3.</source>
        <translation>没有镜像支持%1 GB的系统盘：%2；%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether a %1 GB system disk is allowed depends on the image: %2; %3. Choose the image first, or leave the default size.</source>
        <translation>能否使用%1 GB的系统盘取决于镜像：%2；%3。请先选择镜像，或保留默认大小。</translation>
    </message>
    <message>
        <location filename="../app/validation/loginrules.cpp" line="+16"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux/BSD</source>
        <translation>Linux/BSD</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 passwords may hold only letters, digits and %2.</source>
        <translation>%1密码只能包含字母、数字和%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 passwords are %2 to %3 characters; this one has %4.</source>
        <translation>%1密码须为%2到%3个字符；当前为%4个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 passwords need at least %2 of: %3. Add %4.</source>
        <translation>%1密码至少需要包含以下%2类：%3。请添加%4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>If the image is Windows: </source>
        <translation>如果镜像是 Windows：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a password or a key, not both.</source>
        <translation>请选择密码或密钥，不能同时使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the password</source>
        <translation>使用密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the key</source>
        <translation>使用密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows images cannot log in with a key. Set a password instead.</source>
        <translation>Windows 镜像不能使用密钥登录。请改为设置密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys work only with Linux/BSD images; the image&apos;s OS is not known yet.</source>
        <translation>密钥仅适用于 Linux/BSD 镜像；目前尚不知道该镜像的操作系统。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key</source>
        <translation>不使用密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password or key: the service will generate a password and send it to you in a message (站内信).</source>
        <translation>未设置密码或密钥：服务将生成密码并通过站内信发送给您。</translation>
    </message>
    <message>
        <location filename="../app/validation/networkrules.cpp" line="+17"/>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public bandwidth is %1 to %2 Mbps.</source>
        <translation>公网带宽为%1到%2 Mbps。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bandwidth billing &quot;%1&quot; does not exist. Choose %2.</source>
        <translation>带宽计费方式 &quot;%1&quot; 不存在。请选择%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With 0 Mbps of bandwidth the instance gets no public IP. Set a bandwidth to get one.</source>
        <translation>带宽为 0 Mbps 时实例没有公网 IP。如需公网 IP，请设置带宽。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public IP</source>
        <translation>无公网 IP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A public gateway must be in a VPC. Choose a VPC and subnet, or turn the gateway off.</source>
        <translation>公网网关必须位于私有网络中。请选择私有网络和子网，或关闭公网网关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not a gateway</source>
        <translation>不作为网关</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A public gateway needs a public IP: give it bandwidth and a public IP, or turn the gateway off.</source>
        <translation>公网网关需要公网 IP：请为其设置带宽并分配公网 IP，或关闭公网网关。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>VPC %1 has no subnet yet. Create one in the console, choose another VPC, or use no VPC.</source>
        <translation>私有网络%1还没有子网。请在控制台创建子网，或选择其他私有网络，或不使用私有网络。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC %1 has no subnet in %2. Choose a zone where it has one, another VPC, or no VPC.</source>
        <translation>私有网络%1在%2没有子网。请选择它有子网的可用区、其他私有网络，或不使用私有网络。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A VPC needs a subnet: choose a subnet of %1 in this zone, or no VPC.</source>
        <translation>私有网络需要子网：请选择%1在此可用区中的子网，或不使用私有网络。</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>No VPC (basic network)</source>
        <translation>不使用私有网络（基础网络）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet %1 needs its VPC: choose the VPC, or no subnet.</source>
        <translation>子网%1需要其所属的私有网络：请选择该私有网络，或不使用子网。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No subnet (basic network)</source>
        <translation>不使用子网（基础网络）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subnet %1 is not in VPC %2. Choose one of its subnets.</source>
        <translation>子网%1不在私有网络%2中。请选择该私有网络的子网。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet %1 is not in the chosen zone. Choose a subnet in this zone, or the subnet&apos;s zone.</source>
        <translation>子网%1不在所选可用区。请选择此可用区的子网，或改选该子网所在的可用区。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Current instance types run only in a VPC: choose a VPC and a subnet in this zone (every account has a default VPC).</source>
        <translation>当前机型仅支持在私有网络中启动：请选择此可用区的私有网络和子网（每个账号都有默认私有网络）。</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="+21"/>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the image type: private, public, marketplace or shared.</source>
        <translation>请选择镜像类型：私有镜像、公共镜像、服务市场镜像或共享镜像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image type %1 does not exist. It is 1 (private), 2 (public), 3 (marketplace) or 4 (shared).</source>
        <translation>镜像类型%1不存在。可选 1（私有镜像）、2（公共镜像）、3（服务市场镜像）或 4（共享镜像）。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>One request launches %1 to %2 instances.</source>
        <translation>一个请求可启动%1到%2台实例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One launch creates %1 to %2 instances. %2 is a limit of this app until it reads your account&apos;s quota; the service&apos;s quota may be lower.</source>
        <translation>每次启动创建%1到%2台实例。%2是本应用在读取您账号的配额之前设定的上限；服务的配额可能更低。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Instance names are at most %1 characters; this one has %2.</source>
        <translation>实例名称最多%1个字符；当前为%2个。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client token may hold only printable ASCII characters.</source>
        <translation>client token 只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client token is at most %1 characters.</source>
        <translation>client token 最多%1个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First %1 characters</source>
        <translation>前%1个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project ids are 0 (the default project) or more.</source>
        <translation>项目 ID 须大于或等于 0（0 为默认项目）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <location filename="../app/validation/offerrules.cpp" line="-38"/>
        <source>%1 is nearly sold out in %2: the launch may fail for lack of stock.</source>
        <translation>%1在%2即将售罄：可能因库存不足而创建失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is sold out in %2 (%3). Choose another size or type.</source>
        <translation>%1在%2已售罄（%3）。请选择其他规格或机型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is listed as &quot;%2&quot;, not as on sale. Choose another size or type.</source>
        <translation>%1的状态为“%2”，不在售。请选择其他规格或机型。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 sells %2 in %3 — for %4 pick %5.</source>
        <translation>%1在%3在售的配比为%2——%4请选择%5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/validation/hardwarerules.cpp" line="-116"/>
        <source>%1 comes with %2.</source>
        <translation>%1对应%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 and %3, not %4 and %5: that size is %6.</source>
        <translation>%1为%2、%3，而非%4、%5：该规格是%6。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 sells no pay-by-hour instance type today. Choose another zone.</source>
        <translation>%1目前没有按量计费的在售机型。请选择其他可用区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not sold in %2 today. Choose one of the types listed for the zone.</source>
        <translation>%1目前在%2不售卖。请选择该可用区列出的机型。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every %1 type is sold out in %2. Choose another family.</source>
        <translation>%1的所有机型在%2均已售罄。请选择其他机型系列。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <comment>a disk, then what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not on sale for this type in this zone.</source>
        <translation>%1在本可用区不向此机型售卖。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 as a data disk is at least 100 GB.</source>
        <translation>%1作为数据盘至少为100 GB。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 grows in steps of %2 GB here: choose %3.</source>
        <translation>此处%1以%2 GB为步长：请选择%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 to %3 GB for this type in this zone.</source>
        <translation>该机型在本可用区的%1为%2至%3 GB。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is not on sale for this type in this zone. Choose %2.</source>
        <translation>%1在本可用区不适用于该机型。请选择%2。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+34"/>
        <source>An instance takes at most %1 data disks.</source>
        <translation>每个实例最多挂载%1块数据盘。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Keep the first %1</source>
        <translation>保留前%1块</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data disk %1</source>
        <translation>数据盘%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove data disk %1</source>
        <translation>删除数据盘%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Every data disk needs a type: without one the service takes LOCAL_BASIC, which current instance types refuse.</source>
        <translation>每块数据盘都需要指定类型：不指定时服务按 LOCAL_BASIC 处理，当前机型均不支持。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A data disk&apos;s size is more than 0 GB; remove the disk instead.</source>
        <translation>数据盘大小须大于 0 GB；不需要时请删除该数据盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSD cloud disks (CLOUD_SSD) used as data disks are at least 100 GB; this one is %1 GB.</source>
        <translation>SSD云硬盘（CLOUD_SSD）作数据盘时至少 100 GB；此盘为%1 GB。</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>%1 has no size with %2 on sale in %3. Choose %4.</source>
        <translation>%1在%3没有在售的%2规格，请选择%4。</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>The pay-by-hour quota of this zone is used up (%1 of %2). Return instances, choose another zone or ask Tencent Cloud for more.</source>
        <translation>本可用区的按量计费配额已用完（已用%1，共%2）。请退还实例、选择其他可用区或向腾讯云申请提高配额。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only %1 of %2 pay-by-hour instances are left in this zone&apos;s quota: launch at most %1.</source>
        <translation>本可用区按量计费配额仅剩%1台（共%2台）：最多创建%1台。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an availability zone first: the instance types come from what the service sells there.</source>
        <translation>请先选择可用区：可选机型取决于该可用区的在售情况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance types sold in %1 are not loaded yet.</source>
        <translation>%1的在售机型尚未加载。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The offer shown is %1&apos;s, not %2&apos;s. Wait for %2&apos;s offer or refresh it.</source>
        <translation>当前显示的是%1的在售配置，而非%2的。请等待%2的配置加载或刷新。</translation>
    </message>
</context>
<context>
    <name>VpcPage</name>
    <message>
        <location filename="../ui/wizard/vpcpage.cpp" line="+19"/>
        <source>Virtual private cloud</source>
        <translation>私有网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the VPC and a subnet in the chosen zone.</source>
        <translation>选择私有网络及所选可用区中的子网。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VPC</source>
        <translation>私有网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VPCs</source>
        <translation>私有网络列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subnets</source>
        <translation>子网列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as the VPC&apos;s public &amp;gateway</source>
        <translation>作为私有网络的公网网关(&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V&amp;PC:</source>
        <translation>私有网络(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subnet:</source>
        <translation>子网(&amp;S)：</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This account has no VPC in this region. Create one in the console, or go back and choose the basic network.</source>
        <translation>此账号在该地域没有私有网络。请在控制台创建，或返回选择基础网络。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+53"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%1 (%2, %3), %n address(es) free</source>
        <translation>
            <numerusform>%1（%2，%3），剩余%n个地址</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneOffer</name>
    <message>
        <location filename="../app/offer/zoneoffer.cpp" line="+84"/>
        <source>%1 to %2</source>
        <comment>a range of CPU:memory ratios</comment>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>ZoneOfferModel</name>
    <message>
        <location filename="../app/offer/zoneoffermodel.cpp" line="+71"/>
        <source>¥%1</source>
        <comment>CNY per hour</comment>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (list ¥%2)</source>
        <comment>discounted price, then the list price, CNY per hour</comment>
        <translation>%1（原价 ¥%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearly sold out</source>
        <translation>即将售罄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On sale</source>
        <translation>可购买</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Sold out: %1</source>
        <comment>%1 is the service&apos;s SoldOutReason</comment>
        <translation>已售罄：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on sale (%1)</source>
        <comment>%1 is the service&apos;s Status</comment>
        <translation>不可购买（%1）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (%2)</source>
        <comment>a family&apos;s name, then its code</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 type on sale</source>
        <translation>1 种机型可购买</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 types on sale</source>
        <translation>%1种机型可购买</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pay-by-hour price of the instance alone, in CNY per hour (disks and bandwidth are charged on top).</source>
        <translation>仅实例的按量计费价格，单位为元/小时（云硬盘和带宽另行计费）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 core</source>
        <translation>1核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cores</source>
        <translation>%1核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Instance type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU:memory</source>
        <translation>CPU:内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price (CNY/hour)</source>
        <translation>价格（元/小时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU model</source>
        <translation>处理器型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth</source>
        <translation>内网带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+85"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙盒无法启动：%1</translation>
    </message>
    <message>
        <location filename="../app/sandbox/main.cpp" line="+32"/>
        <source>A local Tencent Cloud CVM service (API 2.0) for trying CVM Launcher and for tests. Listens on loopback unless told otherwise.</source>
        <translation>本地腾讯云 CVM 服务（API 2.0），用于试用 CVM Launcher 和测试。除非另行指定，只在环回地址上监听。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port to listen on; 0 picks a free one (default).</source>
        <translation>监听端口；0 表示自动选择空闲端口（默认）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SecretId to accept (default: the sandbox&apos;s).</source>
        <translation>接受的 SecretId（默认：沙盒自带的）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SecretKey to accept (default: the sandbox&apos;s).</source>
        <translation>接受的 SecretKey（默认：沙盒自带的）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long new instances stay 创建中 (default 3000).</source>
        <translation>新实例保持“创建中”状态的毫秒数（默认 3000）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A JSON file of fault rules to inject.</source>
        <translation>要注入的故障规则 JSON 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay-by-hour instances an account may have in one zone through API 3.0 (default 30).</source>
        <translation>通过 API 3.0 每个账号在单个可用区可拥有的按量计费实例数（默认30）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on (default): refuse requests over the real service&apos;s rate per SecretId and action with RequestLimitExceeded (API 2.0: 4400); off: no limit.</source>
        <translation>on（默认）：按真实服务对每个 SecretId 和接口的频率限制，超出的请求以 RequestLimitExceeded（API 2.0：4400）拒绝；off：不限制。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another rate for one action, in requests per second (e.g. RunInstances=5); may be repeated.</source>
        <translation>为某个接口另设频率，单位为每秒请求数（例如 RunInstances=5）；可重复指定。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--host: &quot;%1&quot; is not an IP address.</source>
        <translation>--host：&quot;%1&quot; 不是 IP 地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port: give a number from 0 to 65535.</source>
        <translation>--port：请给出 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--pending-ms: give a number of milliseconds, 0 or more.</source>
        <translation>--pending-ms：请给出毫秒数，0 或以上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--quota-per-zone: give a number of instances, 0 or more.</source>
        <translation>--quota-per-zone：请给出实例数量，0或更多。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rate-limit: give on or off.</source>
        <translation>--rate-limit：请指定 on 或 off。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--rate: &quot;%1&quot; is not ACTION=N with N requests per second, 1 or more.</source>
        <translation>--rate：“%1”不是 ACTION=N 的形式（N 为每秒请求数，至少为 1）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: listening on %1, which is not loopback: anyone who can reach it can use the sandbox&apos;s keys.</source>
        <translation>警告：正在%1上监听，这不是环回地址：任何能访问它的人都可以使用沙盒的密钥。</translation>
    </message>
</context>
</TS>
