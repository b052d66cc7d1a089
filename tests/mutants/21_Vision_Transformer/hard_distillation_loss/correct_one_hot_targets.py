# 교사의 argmax를 원-핫 분포로 만들어 확률 목표의 cross_entropy에 넣는다 (하드 레이블과 같은 값)
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    K = teacher_logits.shape[1]
    with torch.no_grad():
        target = F.one_hot(teacher_logits.argmax(dim=1), K).to(student_dist_logits.dtype)
    return (1 - alpha) * F.cross_entropy(student_cls_logits, labels) + alpha * F.cross_entropy(
        student_dist_logits, target
    )
