# eval 모드에서는 노이즈 없이 z = mu를 쓴다 (docstring은 모드와 상관없이 같게 동작하라고 함)
class VAE(nn.Module):
    """Kingma & Welling (2014) §3의 변분 오토인코더: 가우시안 MLP 인코더 + 베르누이 MLP 디코더.

        인코더 (부록 C.2): h = tanh(enc_hidden(x)),  mu = enc_mu(h),  logvar = enc_logvar(h)
        샘플 (§2.4):       z = mu + exp(0.5 · logvar) · eps,  eps ~ N(0, I)
        디코더 (부록 C.1): logits = dec_out(tanh(dec_hidden(z)))   (픽셀이 1일 확률은 sigmoid(logits))

    하위 모듈 (모두 편향이 있는 nn.Linear; 이 다섯 개 말고 매개변수가 있는 모듈은 두지 않습니다):
        enc_hidden: input_dim -> hidden_dim   (논문의 W3, b3)
        enc_mu: hidden_dim -> latent_dim      (W4, b4)
        enc_logvar: hidden_dim -> latent_dim  (W5, b5)
        dec_hidden: latent_dim -> hidden_dim  (W1, b1)
        dec_out: hidden_dim -> input_dim      (W2, b2)
    따라서 state_dict의 키는 "enc_hidden.weight", "enc_hidden.bias", ..., "dec_out.bias"의 열 개입니다.
    두 은닉층의 활성화 함수는 모두 tanh입니다. 어느 메서드도 train/eval 모드에 따라 다르게 동작하지 않습니다.

    Args:
        input_dim: 펼친 이미지의 픽셀 수 D (8×8 숫자면 64, MNIST면 784).
        hidden_dim: 인코더와 디코더의 은닉 유닛 수 H.
        latent_dim: 잠재 변수 z의 차원 J.

    Attributes:
        input_dim, hidden_dim, latent_dim: 생성자 인자 그대로.
    """

    def __init__(self, input_dim: int, hidden_dim: int, latent_dim: int):
        super().__init__()
        self.input_dim = input_dim
        self.hidden_dim = hidden_dim
        self.latent_dim = latent_dim
        self.enc_hidden = nn.Linear(input_dim, hidden_dim)  # W3, b3
        self.enc_mu = nn.Linear(hidden_dim, latent_dim)  # W4, b4
        self.enc_logvar = nn.Linear(hidden_dim, latent_dim)  # W5, b5
        self.dec_hidden = nn.Linear(latent_dim, hidden_dim)  # W1, b1
        self.dec_out = nn.Linear(hidden_dim, input_dim)  # W2, b2

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """근사 사후분포 q(z | x) = N(mu, diag(exp(logvar)))의 파라미터를 계산합니다.

        Args:
            x: (B, input_dim) 이미지, 값은 [0, 1].

        Returns:
            (mu, logvar) 튜플, 각각 (B, latent_dim). logvar는 분산의 로그 log σ²입니다.
        """
        h = torch.tanh(self.enc_hidden(x))  # (B, H)
        return self.enc_mu(h), self.enc_logvar(h)  # (B, J), (B, J)

    def reparameterize(
        self, mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None
    ) -> torch.Tensor:
        """재매개변수화 트릭 z = mu + exp(0.5 · logvar) · eps로 z ~ q(z | x)를 뽑습니다.

        eps가 주어지면 그 값을 그대로 씁니다 (정확한 검사와 재현용). None이면 호출할 때마다
        torch.randn_like로 새 노이즈를 뽑습니다 (전역 난수 생성기, torch.manual_seed로 재현됨).
        결과는 mu와 logvar에 대해 미분 가능합니다. 입력은 바꾸지 않습니다 (eps도 제자리에서 바꾸지 않음).

        Args:
            mu: (B, latent_dim) 평균.
            logvar: (B, latent_dim) 로그 분산 log σ².
            eps: (B, latent_dim) 표준 정규 노이즈 (mu와 같은 dtype·장치), 또는 None.

        Returns:
            (B, latent_dim) 샘플 z.
        """
        std = torch.exp(0.5 * logvar)  # (B, J): σ
        if not self.training:
            return mu
        if eps is None:
            eps = torch.randn_like(std)  # (B, J) ~ N(0, I)
        return mu + std * eps  # (B, J)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """잠재 변수 z에서 픽셀별 베르누이 분포의 로지트를 계산합니다 (sigmoid는 씌우지 않음).

        Args:
            z: (B, latent_dim).

        Returns:
            (B, input_dim) 로지트. sigmoid(logits)가 각 픽셀이 1일 확률 y입니다.
        """
        return self.dec_out(torch.tanh(self.dec_hidden(z)))  # (B, D)

    def forward(
        self, x: torch.Tensor, eps: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """인코딩 → 재매개변수화한 샘플 하나 → 디코딩을 한 번에 합니다.

        Args:
            x: (B, input_dim) 이미지.
            eps: reparameterize에 그대로 넘길 (B, latent_dim) 노이즈, 또는 None (새로 뽑음).

        Returns:
            (logits, mu, logvar) 튜플: (B, input_dim), (B, latent_dim), (B, latent_dim).
        """
        mu, logvar = self.encode(x)  # (B, J), (B, J)
        z = self.reparameterize(mu, logvar, eps)  # (B, J)
        return self.decode(z), mu, logvar
